package io.portail.privacy.retention;

import static java.util.Objects.requireNonNull;

import java.time.LocalDate;
import java.time.Period;

/**
 * How long data is kept: a period running from a trigger, then a final action.
 *
 * <p>Immutable and thread-safe.
 *
 * @param trigger the event the period runs from
 * @param period the length of the period, positive
 * @param finalAction what happens when the period ends
 */
public record RetentionRule(RetentionTrigger trigger, Period period, FinalAction finalAction) {
    /**
     * Checks the rule.
     *
     * @param trigger the event the period runs from
     * @param period the length of the period, positive
     * @param finalAction what happens when the period ends
     * @throws IllegalArgumentException if the period is zero or negative
     */
    public RetentionRule {
        requireNonNull(trigger, "trigger");
        requireNonNull(period, "period");
        requireNonNull(finalAction, "finalAction");
        if (period.isNegative() || period.isZero()) {
            throw new IllegalArgumentException("A retention period must be positive: " + period);
        }
    }

    /**
     * Returns the first day on which the final action is due.
     *
     * @param triggeredOn the day of the trigger
     * @return the day after the period ends
     */
    public LocalDate dueOn(LocalDate triggeredOn) {
        requireNonNull(triggeredOn, "triggeredOn");
        return triggeredOn.plus(period);
    }
}
