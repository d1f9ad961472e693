package io.portail.core.appointment;

import static java.util.Objects.requireNonNull;

import io.portail.privacy.text.LocalizedText;

/**
 * Why a booking, a move or a cancellation was refused, with the plain text the resident reads.
 *
 * <p>The text never repeats what the resident typed. Immutable and thread-safe.
 *
 * @param reason why, as a stable code
 * @param message what the resident reads, in French and English
 */
public record Refusal(Reason reason, LocalizedText message) {
    /** Why a booking, a move or a cancellation was refused. */
    public enum Reason {
        /** No slot of the agenda starts at that time. */
        NO_SLOT,
        /** The slot has no room left. */
        SLOT_FULL,
        /** The slot starts sooner than the minimum notice. */
        TOO_SOON,
        /** The slot is beyond the booking horizon. */
        TOO_FAR,
        /** The resident already has an active appointment for the same motive. */
        ALREADY_BOOKED,
        /** The hold or appointment does not exist, or no longer. */
        NOT_FOUND,
        /** The slot was held for the resident, but the hold has expired. */
        HOLD_EXPIRED,
        /** The pre-application number is missing or malformed. */
        PRE_DEMANDE_FORMAT,
        /** The ANTS does not know the number. */
        PRE_DEMANDE_UNKNOWN,
        /** The pre-application is not validated yet. */
        PRE_DEMANDE_NOT_VALIDATED,
        /** The pre-application was already used for an application. */
        PRE_DEMANDE_CONSUMED,
        /** The pre-application has expired. */
        PRE_DEMANDE_EXPIRED,
        /** The pre-application already has an appointment, here or in another town hall. */
        PRE_DEMANDE_BOOKED_ELSEWHERE,
        /** The ANTS did not answer in time, or failed: treated as a failure, nothing booked. */
        ANTS_UNAVAILABLE,
        /** Too late to cancel online. */
        CANCEL_TOO_LATE,
        /** Too late to move online. */
        MOVE_TOO_LATE
    }

    /**
     * Checks the refusal.
     *
     * @param reason why
     * @param message what the resident reads
     */
    public Refusal {
        requireNonNull(reason, "reason");
        requireNonNull(message, "message");
    }
}
