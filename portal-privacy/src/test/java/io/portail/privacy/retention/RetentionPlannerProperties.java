package io.portail.privacy.retention;

import static org.assertj.core.api.Assertions.assertThat;

import io.portail.privacy.SaintExemple;
import io.portail.privacy.category.DataCategory;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.From;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.IntRange;

class RetentionPlannerProperties {
    static final ZoneId PARIS = ZoneId.of("Europe/Paris");
    static final RetentionSchedule SCHEDULE = RetentionSchedule.of(SaintExemple.register());
    static final RetentionPlanner PLANNER = new RetentionPlanner(SCHEDULE, PARIS);
    static final List<String> ACTIVITIES =
            SaintExemple.register().activities().stream().map(a -> a.id()).toList();
    static final List<DataCategory> CATEGORIES =
            List.of(
                    DataCategory.NAME,
                    DataCategory.ALLERGIES,
                    DataCategory.CONNECTION_LOGS,
                    DataCategory.IBAN,
                    DataCategory.MINORS);

    @Provide
    Arbitrary<RetainedRecord> records() {
        Arbitrary<LocalDate> dates =
                Arbitraries.integers()
                        .between(0, 365 * 30)
                        .map(d -> LocalDate.of(2010, 1, 1).plusDays(d));
        Arbitrary<Map<RetentionTrigger, LocalDate>> triggers =
                Arbitraries.maps(Arbitraries.of(RetentionTrigger.class), dates).ofMaxSize(7);
        return Combinators.combine(
                        Arbitraries.of(ACTIVITIES),
                        Arbitraries.of(CATEGORIES),
                        triggers,
                        Arbitraries.integers().between(1, 2),
                        Arbitraries.of(true, false),
                        Arbitraries.of(true, false),
                        Arbitraries.of(true, false))
                .as(
                        (activity, category, dates2, version, hold, archived, warned) ->
                                new RetainedRecord(
                                        "r-" + Math.abs((activity + category + dates2).hashCode()),
                                        activity,
                                        category,
                                        dates2,
                                        version,
                                        hold,
                                        archived,
                                        warned));
    }

    @Property
    void noRecordIsPurgedBeforeItsDueDate(
            @ForAll("records") RetainedRecord record,
            @ForAll @IntRange(min = 0, max = 365 * 40) int daysFrom2010,
            @ForAll @IntRange(min = 0, max = 86_399) int second) {
        Instant now =
                LocalDate.of(2010, 1, 1)
                        .plusDays(daysFrom2010)
                        .atStartOfDay(PARIS)
                        .toInstant()
                        .plusSeconds(second);
        LocalDate today = LocalDate.ofInstant(now, PARIS);

        RetentionPlan plan = PLANNER.plan(List.of(record), now);

        var rule = SCHEDULE.rule(record.activityId(), record.category(), record.ruleVersion());
        if (rule.isEmpty()) {
            assertThat(plan.isEmpty()).isTrue();
            return;
        }
        LocalDate trigger = record.dateOf(rule.get().trigger());
        boolean due = trigger != null && !today.isBefore(rule.get().dueOn(trigger));
        // Sound: purged only from the due day; complete: purged on it unless held.
        assertThat(!plan.toPurge().isEmpty()).isEqualTo(due && !record.legalHold());
        for (PlannedStep step : plan.toPurge()) {
            assertThat(step.dueOn()).isBeforeOrEqualTo(today);
        }
        for (PlannedStep step : plan.toArchive()) {
            assertThat(step.dueOn()).isBeforeOrEqualTo(today);
            assertThat(today).isBefore(rule.get().dueOn(trigger));
        }
    }

    @Property
    void aLegalHoldAlwaysWins(
            @ForAll List<@From("records") RetainedRecord> records,
            @ForAll @IntRange(min = 0, max = 365 * 40) int daysFrom2010) {
        Instant now =
                LocalDate.of(2010, 1, 1).plusDays(daysFrom2010).atStartOfDay(PARIS).toInstant();

        RetentionPlan plan = PLANNER.plan(records, now);

        Set<String> heldIds = new HashSet<>();
        records.stream().filter(RetainedRecord::legalHold).forEach(r -> heldIds.add(r.id()));
        List<PlannedStep> steps = new ArrayList<>(plan.toPurge());
        steps.addAll(plan.toArchive());
        steps.addAll(plan.toWarn());
        Set<String> unheldIds = new HashSet<>();
        records.stream().filter(r -> !r.legalHold()).forEach(r -> unheldIds.add(r.id()));
        for (PlannedStep step : steps) {
            // Ids can repeat between generated records; a step is always for an unheld one.
            assertThat(unheldIds).contains(step.recordId());
        }
        assertThat(heldIds).containsAll(plan.held());
    }

    @Property
    void theCutoffIsExactForAnyPeriod(
            @ForAll @IntRange(min = 0, max = 20_000) int dayOffset,
            @ForAll @IntRange(min = 0, max = 30) int years,
            @ForAll @IntRange(min = 0, max = 24) int months,
            @ForAll @IntRange(min = 0, max = 60) int days) {
        LocalDate day = LocalDate.of(1990, 1, 1).plusDays(dayOffset);
        java.time.Period period = java.time.Period.of(years, months, days);

        long cutoff = RetentionPlanner.lastTriggerOnOrBefore(day, d -> d.plus(period));

        assertThat(LocalDate.ofEpochDay(cutoff).plus(period)).isBeforeOrEqualTo(day);
        assertThat(LocalDate.ofEpochDay(cutoff + 1).plus(period)).isAfter(day);
    }
}
