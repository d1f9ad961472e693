package io.portail.core.appointment;

import static java.util.Objects.requireNonNull;

import java.time.Duration;

/**
 * The time limits of an agenda, all counted in elapsed time before the slot's start.
 *
 * <p>Counting in instants (not in local dates) keeps every limit exact across daylight-saving
 * changes. Immutable and thread-safe.
 *
 * @param minimumNotice how long before its start a slot can still be booked, such as 24 hours
 * @param horizon how far ahead a slot can be booked, such as 60 days of 24 hours
 * @param cancellationCutoff how long before its start an appointment can still be cancelled online;
 *     later, the resident calls the desk
 * @param moveCutoff how long before its start an appointment can still be moved online
 * @param holdFor how long a slot stays held while the resident fills in the form
 */
public record BookingRules(
        Duration minimumNotice,
        Duration horizon,
        Duration cancellationCutoff,
        Duration moveCutoff,
        Duration holdFor) {
    /**
     * Checks the rules.
     *
     * @param minimumNotice the minimum notice, zero or more
     * @param horizon the horizon, longer than the minimum notice
     * @param cancellationCutoff the cancellation cut-off, zero or more
     * @param moveCutoff the move cut-off, zero or more
     * @param holdFor the hold duration, positive
     * @throws IllegalArgumentException if a duration is negative, the hold is not positive, or the
     *     horizon is not after the minimum notice
     */
    public BookingRules {
        requireNonNull(minimumNotice, "minimumNotice");
        requireNonNull(horizon, "horizon");
        requireNonNull(cancellationCutoff, "cancellationCutoff");
        requireNonNull(moveCutoff, "moveCutoff");
        requireNonNull(holdFor, "holdFor");
        if (minimumNotice.isNegative()
                || cancellationCutoff.isNegative()
                || moveCutoff.isNegative()) {
            throw new IllegalArgumentException("Booking limits are zero or more");
        }
        if (holdFor.isNegative() || holdFor.isZero()) {
            throw new IllegalArgumentException("A hold lasts a positive time");
        }
        if (horizon.compareTo(minimumNotice) <= 0) {
            throw new IllegalArgumentException("The horizon reaches beyond the minimum notice");
        }
    }
}
