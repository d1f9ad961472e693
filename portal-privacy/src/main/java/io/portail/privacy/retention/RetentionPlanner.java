package io.portail.privacy.retention;

import static java.util.Objects.requireNonNull;

import io.portail.privacy.category.DataCategory;
import java.time.DateTimeException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.Period;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.UnaryOperator;
import org.jspecify.annotations.Nullable;

/**
 * Finds the retention steps due on a day: a dry run that changes nothing.
 *
 * <p>For each record, the rule frozen on it (activity, category, version) gives an active period
 * and an optional archive period running from the record's trigger date. On the day planned:
 *
 * <ul>
 *   <li>a record under a legal hold is only reported as held: a hold always wins;
 *   <li>from the due day (trigger + active + archive periods), the final action is due;
 *   <li>else, from the end of the active period, a record not yet archived is to be archived;
 *   <li>else, from the warning day, a record not yet warned is to be warned of the final action.
 * </ul>
 *
 * <p>A record whose trigger has not happened is not due. A record whose rule is unknown is reported
 * as unresolved, never purged. The day is the planned instant's date in the commune's zone, so a
 * step due on a day is due from midnight in that zone.
 *
 * <p>The planner works per rule, not per record: for each rule it computes once the last trigger
 * date that makes each step due, then compares each record's trigger date with it. Periods in
 * months are not invertible date by date (31 January and 28 February plus one month both give 28
 * February), but adding a period never moves a later date earlier, so the last trigger date is
 * found exactly by a short walk around {@code day - period}. Immutable and thread-safe.
 */
public final class RetentionPlanner {
    private final RetentionSchedule schedule;
    private final ZoneId zone;

    /**
     * Creates a planner.
     *
     * @param schedule the rules
     * @param zone the commune's time zone, such as Europe/Paris
     */
    public RetentionPlanner(RetentionSchedule schedule, ZoneId zone) {
        this.schedule = requireNonNull(schedule, "schedule");
        this.zone = requireNonNull(zone, "zone");
    }

    /**
     * Plans the steps due at an instant.
     *
     * @param records the records, by their dates only
     * @param now the instant planned for
     * @return the plan
     */
    public RetentionPlan plan(Iterable<RetainedRecord> records, Instant now) {
        requireNonNull(records, "records");
        requireNonNull(now, "now");
        LocalDate day = LocalDate.ofInstant(now, zone);
        StepList warn = new StepList();
        StepList archive = new StepList();
        StepList purge = new StepList();
        List<String> held = new ArrayList<>();
        List<String> unresolved = new ArrayList<>();
        Map<RuleKey, Cutoffs> cache = new HashMap<>();
        RuleKey probe = new RuleKey();
        for (RetainedRecord record : records) {
            probe.set(record.activityId(), record.category(), record.ruleVersion());
            Cutoffs cutoffs = cache.get(probe);
            if (cutoffs == null) {
                cutoffs = cutoffs(record, day);
                cache.put(probe.copy(), cutoffs);
            }
            if (cutoffs == Cutoffs.UNKNOWN) {
                unresolved.add(record.id());
                continue;
            }
            LocalDate trigger = record.dateOf(cutoffs.rule.trigger());
            if (trigger == null) {
                continue;
            }
            long t = trigger.toEpochDay();
            Step step;
            if (t <= cutoffs.due) {
                step = cutoffs.finalStep;
            } else if (t <= cutoffs.archive && !record.archived()) {
                step = Step.MOVE_TO_ARCHIVE;
            } else if (t <= cutoffs.warn && !record.warned()) {
                step = Step.WARN;
            } else {
                continue;
            }
            if (record.legalHold()) {
                held.add(record.id());
                continue;
            }
            StepList target =
                    switch (step) {
                        case WARN -> warn;
                        case MOVE_TO_ARCHIVE -> archive;
                        default -> purge;
                    };
            target.add(record.id(), record.activityId(), step, cutoffs.rule, t);
        }
        return new RetentionPlan(
                day, warn.freeze(), archive.freeze(), purge.freeze(), held, unresolved);
    }

    private Cutoffs cutoffs(RetainedRecord record, LocalDate day) {
        Optional<RetentionRule> found =
                schedule.rule(record.activityId(), record.category(), record.ruleVersion());
        if (found.isEmpty()) {
            return Cutoffs.UNKNOWN;
        }
        RetentionRule rule = found.get();
        long due = lastTriggerOnOrBefore(day, rule::dueOn);
        long archive =
                rule.hasArchivePhase()
                        ? lastTriggerOnOrBefore(day, rule::archiveOn)
                        : Long.MIN_VALUE;
        long warn =
                rule.warnBefore().isZero()
                        ? Long.MIN_VALUE
                        : lastTriggerOnOrBefore(day, rule::warnOn);
        return new Cutoffs(rule, Step.of(rule.finalAction()), due, archive, warn);
    }

    /**
     * Returns the last trigger day t with f(t) on or before the day, for a non-decreasing f.
     *
     * @return the epoch day, or Long.MIN_VALUE if no trigger date qualifies
     */
    static long lastTriggerOnOrBefore(LocalDate day, UnaryOperator<LocalDate> f) {
        try {
            // Start at the day itself and step back by the gap f adds, then adjust by days.
            LocalDate candidate = day.minusDays(f.apply(day).toEpochDay() - day.toEpochDay());
            int guard = 0;
            while (f.apply(candidate).isAfter(day)) {
                candidate = candidate.minusDays(1);
                if (++guard > 400) {
                    return Long.MIN_VALUE;
                }
            }
            while (!f.apply(candidate.plusDays(1)).isAfter(day)) {
                candidate = candidate.plusDays(1);
                if (++guard > 400) {
                    return Long.MIN_VALUE;
                }
            }
            return candidate.toEpochDay();
        } catch (DateTimeException | ArithmeticException e) {
            // A period so long that the dates leave the calendar: nothing is ever due.
            return Long.MIN_VALUE;
        }
    }

    private static final class Cutoffs {
        static final Cutoffs UNKNOWN =
                new Cutoffs(
                        new RetentionRule(
                                RetentionTrigger.CREATION, Period.ofDays(1), FinalAction.DELETE),
                        Step.DELETE,
                        Long.MIN_VALUE,
                        Long.MIN_VALUE,
                        Long.MIN_VALUE);

        final RetentionRule rule;
        final Step finalStep;
        final long due;
        final long archive;
        final long warn;

        Cutoffs(RetentionRule rule, Step finalStep, long due, long archive, long warn) {
            this.rule = rule;
            this.finalStep = finalStep;
            this.due = due;
            this.archive = archive;
            this.warn = warn;
        }
    }

    /** A mutable lookup key, reused to avoid an allocation per record. */
    private static final class RuleKey {
        private String activityId = "";
        private DataCategory category = DataCategory.IDENTITY;
        private int version;

        void set(String activityId, DataCategory category, int version) {
            this.activityId = activityId;
            this.category = category;
            this.version = version;
        }

        RuleKey copy() {
            RuleKey copy = new RuleKey();
            copy.set(activityId, category, version);
            return copy;
        }

        @Override
        public boolean equals(@Nullable Object other) {
            return other instanceof RuleKey key
                    && version == key.version
                    && activityId.equals(key.activityId)
                    && category.equals(key.category);
        }

        @Override
        public int hashCode() {
            return (activityId.hashCode() * 31 + category.hashCode()) * 31 + version;
        }
    }
}
