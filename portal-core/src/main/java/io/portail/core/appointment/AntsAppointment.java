package io.portail.core.appointment;

import static java.util.Objects.requireNonNull;

import java.time.Instant;

/**
 * An appointment the ANTS already knows for a pre-application, possibly in another town hall.
 *
 * <p>Immutable and thread-safe.
 *
 * @param meetingPoint the town hall's name, such as "Mairie de Villeneuve-Exemple"
 * @param start when the appointment starts
 * @param managementUrl where the resident can cancel or move it
 */
public record AntsAppointment(String meetingPoint, Instant start, String managementUrl) {
    /**
     * Checks the appointment.
     *
     * @param meetingPoint the town hall's name
     * @param start when it starts
     * @param managementUrl where it can be cancelled
     */
    public AntsAppointment {
        requireNonNull(meetingPoint, "meetingPoint");
        requireNonNull(start, "start");
        requireNonNull(managementUrl, "managementUrl");
    }
}
