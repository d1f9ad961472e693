package io.portail.privacy.retention;

import static java.util.Objects.requireNonNull;

import java.time.LocalDate;
import java.time.Period;
import org.jspecify.annotations.Nullable;

/**
 * How long data is kept: an active phase running from a trigger, then an optional
 * intermediate-archive phase, then a final action.
 *
 * <p>The active phase is the time the service uses the data; the intermediate archive ("archivage
 * intermédiaire") keeps it apart, reachable only by a few agents, while it may still be needed (a
 * dispute, an audit); the final action ends it (CNIL, "Guide pratique: les durées de conservation",
 * 2020). Each rule carries a version: a record freezes the version in force when it was created, so
 * that a later change of rule does not shorten or lengthen its life silently. Immutable and
 * thread-safe.
 *
 * @param trigger the event the period runs from
 * @param period the length of the active phase, positive
 * @param finalAction what happens when the retention ends
 * @param archivePeriod the length of the intermediate-archive phase, zero for none
 * @param warnBefore how long before the final action a warning is due, zero for none
 * @param version the version of the rule, from 1
 * @param dateField the field holding the trigger date, with {@link RetentionTrigger#DATE_FIELD}
 *     only
 */
public record RetentionRule(
        RetentionTrigger trigger,
        Period period,
        FinalAction finalAction,
        Period archivePeriod,
        Period warnBefore,
        int version,
        @Nullable String dateField) {
    /**
     * Checks the rule.
     *
     * @param trigger the event the period runs from
     * @param period the length of the active phase, positive
     * @param finalAction what happens when the retention ends
     * @param archivePeriod the length of the intermediate-archive phase, zero for none
     * @param warnBefore how long before the final action a warning is due, zero for none
     * @param version the version of the rule, from 1
     * @param dateField the field holding the trigger date, with {@link RetentionTrigger#DATE_FIELD}
     *     only
     * @throws IllegalArgumentException if the period is zero or negative, another period is
     *     negative, the version is below 1, or the date field is missing with a date-field trigger
     *     or present with another
     */
    public RetentionRule {
        requireNonNull(trigger, "trigger");
        requireNonNull(period, "period");
        requireNonNull(finalAction, "finalAction");
        requireNonNull(archivePeriod, "archivePeriod");
        requireNonNull(warnBefore, "warnBefore");
        if (period.isNegative() || period.isZero()) {
            throw new IllegalArgumentException("A retention period must be positive: " + period);
        }
        if (archivePeriod.isNegative() || warnBefore.isNegative()) {
            throw new IllegalArgumentException(
                    "An archive period or a warning period cannot be negative");
        }
        if (version < 1) {
            throw new IllegalArgumentException("A rule version starts at 1: " + version);
        }
        if ((trigger == RetentionTrigger.DATE_FIELD) != (dateField != null)) {
            throw new IllegalArgumentException(
                    "A rule names a date field exactly when its trigger is date-field");
        }
    }

    /**
     * Creates a rule of version 1 with no archive phase and no warning.
     *
     * @param trigger the event the period runs from
     * @param period the length of the period, positive
     * @param finalAction what happens when the period ends
     * @throws IllegalArgumentException if the period is zero or negative, or the trigger is a date
     *     field (which needs the field's name)
     */
    public RetentionRule(RetentionTrigger trigger, Period period, FinalAction finalAction) {
        this(trigger, period, finalAction, Period.ZERO, Period.ZERO, 1, null);
    }

    /**
     * Returns a copy with another version.
     *
     * @param newVersion the version
     * @return the copy
     * @throws IllegalArgumentException if the version is below 1
     */
    public RetentionRule withVersion(int newVersion) {
        return new RetentionRule(
                trigger, period, finalAction, archivePeriod, warnBefore, newVersion, dateField);
    }

    /**
     * Returns a copy with an intermediate-archive phase.
     *
     * @param newArchivePeriod the length of the archive phase, zero for none
     * @return the copy
     * @throws IllegalArgumentException if the period is negative
     */
    public RetentionRule withArchivePeriod(Period newArchivePeriod) {
        return new RetentionRule(
                trigger, period, finalAction, newArchivePeriod, warnBefore, version, dateField);
    }

    /**
     * Returns a copy with a warning before the final action.
     *
     * @param newWarnBefore how long before, zero for none
     * @return the copy
     * @throws IllegalArgumentException if the period is negative
     */
    public RetentionRule withWarnBefore(Period newWarnBefore) {
        return new RetentionRule(
                trigger, period, finalAction, archivePeriod, newWarnBefore, version, dateField);
    }

    /**
     * Returns the first day of the intermediate-archive phase, the day after the active phase.
     *
     * @param triggeredOn the day of the trigger
     * @return the trigger day plus the active period
     */
    public LocalDate archiveOn(LocalDate triggeredOn) {
        requireNonNull(triggeredOn, "triggeredOn");
        return triggeredOn.plus(period);
    }

    /**
     * Returns the first day on which the final action is due.
     *
     * <p>The active period is added first, then the archive period (months are added as {@link
     * LocalDate#plus} does: 31 January plus one month is the last day of February).
     *
     * @param triggeredOn the day of the trigger
     * @return the trigger day plus the active and archive periods
     */
    public LocalDate dueOn(LocalDate triggeredOn) {
        requireNonNull(triggeredOn, "triggeredOn");
        return triggeredOn.plus(period).plus(archivePeriod);
    }

    /**
     * Returns the first day on which a warning of the coming final action is due.
     *
     * @param triggeredOn the day of the trigger
     * @return the due day minus the warning period
     */
    public LocalDate warnOn(LocalDate triggeredOn) {
        return dueOn(triggeredOn).minus(warnBefore);
    }

    /**
     * Tells whether the rule has an intermediate-archive phase.
     *
     * @return true if the archive period is not zero
     */
    public boolean hasArchivePhase() {
        return !archivePeriod.isZero();
    }
}
