package io.portail.core.appointment;

import static java.util.Objects.requireNonNull;

import java.time.Instant;
import org.jspecify.annotations.Nullable;

/**
 * A booked town-hall appointment.
 *
 * <p>{@code toString} masks the resident and the pre-application number. Immutable and thread-safe.
 *
 * @param id the appointment's identifier
 * @param agendaId the agenda
 * @param motive the motive's code
 * @param resident the resident's opaque identifier
 * @param start when it starts
 * @param end when it ends
 * @param preDemande the normalised ANTS pre-application number, or null if the motive needs none
 * @param cancelled whether it was cancelled
 */
public record Appointment(
        String id,
        String agendaId,
        String motive,
        String resident,
        Instant start,
        Instant end,
        @Nullable String preDemande,
        boolean cancelled) {
    /**
     * Checks the appointment.
     *
     * @param id the identifier
     * @param agendaId the agenda
     * @param motive the motive's code
     * @param resident the resident
     * @param start when it starts
     * @param end when it ends, after the start
     * @param preDemande the pre-application number, or null
     * @param cancelled whether it was cancelled
     * @throws IllegalArgumentException if it ends before it starts
     */
    public Appointment {
        requireNonNull(id, "id");
        requireNonNull(agendaId, "agendaId");
        requireNonNull(motive, "motive");
        requireNonNull(resident, "resident");
        requireNonNull(start, "start");
        requireNonNull(end, "end");
        if (!end.isAfter(start)) {
            throw new IllegalArgumentException("An appointment ends after it starts");
        }
    }

    /**
     * Tells whether the appointment still stands.
     *
     * @return true unless cancelled
     */
    public boolean isActive() {
        return !cancelled;
    }

    @Override
    public String toString() {
        return "Appointment[id="
                + id
                + ", agendaId="
                + agendaId
                + ", start="
                + start
                + ", resident=***"
                + (preDemande == null ? "" : ", preDemande=***")
                + (cancelled ? ", cancelled" : "")
                + "]";
    }
}
