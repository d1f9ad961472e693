package io.portail.core.appointment;

import static java.util.Objects.requireNonNull;

import java.util.List;

/**
 * What the ANTS says of a pre-application number: its state and the appointments already made with
 * it.
 *
 * <p>Source: the status call of the ANTS interconnection for appointment systems (GET status with
 * {@code application_ids}), which answers per number a status and a list of appointments, each with
 * its meeting point, date and management URL. Immutable and thread-safe.
 *
 * @param state the state of the pre-application
 * @param appointments the appointments already made with it, anywhere in France
 */
public record AntsStatus(State state, List<AntsAppointment> appointments) {
    /** The state of a pre-application at the ANTS. */
    public enum State {
        /** Validated: it can be used to book an appointment and apply. */
        VALIDATED,
        /** Not yet validated by the resident, or declared only. */
        DECLARED,
        /** Already used for an application for a title. */
        CONSUMED,
        /** Expired: the resident must make a new one. */
        EXPIRED,
        /** Not known to the ANTS: often a typing error. */
        UNKNOWN
    }

    /**
     * Checks the status.
     *
     * @param state the state
     * @param appointments the appointments already made with it
     */
    public AntsStatus {
        requireNonNull(state, "state");
        appointments = List.copyOf(requireNonNull(appointments, "appointments"));
    }

    /**
     * Returns the status of a validated pre-application without any appointment.
     *
     * @return the status
     */
    public static AntsStatus validated() {
        return new AntsStatus(State.VALIDATED, List.of());
    }
}
