package io.portail.privacy.retention;

import static org.assertj.core.api.Assertions.assertThat;

import io.portail.privacy.SaintExemple;
import io.portail.privacy.category.DataCategory;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.Period;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

class RetentionPlannerTests {
    static final ZoneId PARIS = ZoneId.of("Europe/Paris");
    private final RetentionSchedule schedule = RetentionSchedule.of(SaintExemple.register());
    private final RetentionPlanner planner = new RetentionPlanner(schedule, PARIS);

    static RetainedRecord closed(String id, String activity, LocalDate closedOn) {
        return RetainedRecord.of(
                id, activity, DataCategory.IDENTITY, Map.of(RetentionTrigger.CLOSURE, closedOn), 1);
    }

    static Instant parisMidnight(LocalDate day) {
        return day.atStartOfDay(PARIS).toInstant();
    }

    @Nested
    class DueDates {
        @Test
        void purgesFromTheDueDayInTheCommunesZone() {
            // Civil-status requests: 1 year after closure, then deleted.
            var record = closed("req-1", "civil-status-certificates", LocalDate.of(2025, 3, 16));
            Instant due = parisMidnight(LocalDate.of(2026, 3, 16));

            assertThat(planner.plan(List.of(record), due.minusNanos(1)).toPurge()).isEmpty();
            assertThat(planner.plan(List.of(record), due).toPurge())
                    .containsExactly(
                            new PlannedStep(
                                    "req-1",
                                    "civil-status-certificates",
                                    Step.DELETE,
                                    LocalDate.of(2026, 3, 16)));
        }

        @Test
        void aRecordNotYetClosedIsNeverDue() {
            var open =
                    RetainedRecord.of(
                            "req-2",
                            "civil-status-certificates",
                            DataCategory.IDENTITY,
                            Map.of(RetentionTrigger.SUBMISSION, LocalDate.of(2000, 1, 1)),
                            1);

            assertThat(planner.plan(List.of(open), Instant.parse("2040-01-01T00:00:00Z")).isEmpty())
                    .isTrue();
        }

        @Test
        void reportsAnonymisationForReports() {
            var record = closed("rep-1", "public-space-reports", LocalDate.of(2025, 1, 10));

            var plan = planner.plan(List.of(record), parisMidnight(LocalDate.of(2026, 1, 10)));

            assertThat(plan.toPurge())
                    .extracting(PlannedStep::step)
                    .containsExactly(Step.ANONYMISE);
        }
    }

    @Nested
    class Phases {
        private final RetainedRecord payment =
                RetainedRecord.of(
                        "pay-1",
                        "payments",
                        DataCategory.IBAN,
                        Map.of(RetentionTrigger.CREATION, LocalDate.of(2026, 1, 31)),
                        1);

        @Test
        void movesToTheArchiveAfterTheActivePhase() {
            var plan = planner.plan(List.of(payment), parisMidnight(LocalDate.of(2028, 1, 31)));

            assertThat(plan.toArchive())
                    .containsExactly(
                            new PlannedStep(
                                    "pay-1",
                                    "payments",
                                    Step.MOVE_TO_ARCHIVE,
                                    LocalDate.of(2028, 1, 31)));
            assertThat(plan.toPurge()).isEmpty();
        }

        @Test
        void warnsAMonthBeforeTheFinalAction() {
            var archived =
                    new RetainedRecord(
                            "pay-1",
                            "payments",
                            DataCategory.IBAN,
                            payment.triggers(),
                            1,
                            false,
                            true,
                            false);

            var plan = planner.plan(List.of(archived), parisMidnight(LocalDate.of(2035, 12, 31)));

            assertThat(plan.toWarn())
                    .extracting(PlannedStep::dueOn)
                    .containsExactly(LocalDate.of(2035, 12, 31));
            assertThat(plan.toArchive()).isEmpty();
        }

        @Test
        void deletesAfterBothPhases() {
            var plan = planner.plan(List.of(payment), parisMidnight(LocalDate.of(2036, 1, 31)));

            assertThat(plan.toPurge()).extracting(PlannedStep::step).containsExactly(Step.DELETE);
        }
    }

    @Nested
    class RulesAndVersions {
        @Test
        void allergyDataHasItsOwnShorterRule() {
            var triggers = Map.of(RetentionTrigger.VALIDITY_END, LocalDate.of(2026, 7, 4));
            var allergy =
                    RetainedRecord.of("pai-1", "canteen", DataCategory.ALLERGIES, triggers, 1);
            var meals = RetainedRecord.of("meal-1", "canteen", DataCategory.MINORS, triggers, 2);

            var plan =
                    planner.plan(List.of(allergy, meals), parisMidnight(LocalDate.of(2026, 8, 4)));

            assertThat(plan.toPurge()).extracting(PlannedStep::recordId).containsExactly("pai-1");
        }

        @Test
        void aRecordKeepsTheRuleVersionFrozenOnIt() {
            // Version 1 of the canteen rule kept data 2 years; version 2 keeps it 1 year.
            RetentionRule v1 =
                    new RetentionRule(
                            RetentionTrigger.VALIDITY_END, Period.ofYears(2), FinalAction.DELETE);
            var withOld = new RetentionPlanner(schedule.withRule("canteen", null, v1), PARIS);
            var triggers = Map.of(RetentionTrigger.VALIDITY_END, LocalDate.of(2025, 7, 4));
            var old = RetainedRecord.of("meal-old", "canteen", DataCategory.MINORS, triggers, 1);
            var current =
                    RetainedRecord.of("meal-new", "canteen", DataCategory.MINORS, triggers, 2);

            var plan = withOld.plan(List.of(old, current), parisMidnight(LocalDate.of(2026, 7, 4)));

            assertThat(plan.toPurge())
                    .extracting(PlannedStep::recordId)
                    .containsExactly("meal-new");
        }

        @Test
        void anUnknownVersionIsUnresolvedNeverPurged() {
            var triggers = Map.of(RetentionTrigger.VALIDITY_END, LocalDate.of(2000, 7, 4));
            var record = RetainedRecord.of("meal-9", "canteen", DataCategory.MINORS, triggers, 7);
            var stray = RetainedRecord.of("x-1", "bingo", DataCategory.MINORS, triggers, 1);

            var plan = planner.plan(List.of(record, stray), Instant.parse("2030-01-01T00:00:00Z"));

            assertThat(plan.unresolved()).containsExactly("meal-9", "x-1");
            assertThat(plan.isEmpty()).isTrue();
        }
    }

    @Nested
    class LegalHold {
        @Test
        void aHoldKeepsADueRecord() {
            var record =
                    closed("req-3", "civil-status-certificates", LocalDate.of(2020, 1, 1))
                            .withLegalHold(true);

            var plan = planner.plan(List.of(record), Instant.parse("2030-01-01T00:00:00Z"));

            assertThat(plan.isEmpty()).isTrue();
            assertThat(plan.held()).containsExactly("req-3");
        }
    }

    @Nested
    class Execution {
        @Test
        void carriesOutThePlanAndReportsCountsAndFailedIdsOnly() {
            var records =
                    List.of(
                            closed("req-1", "civil-status-certificates", LocalDate.of(2020, 1, 1)),
                            closed("req-2", "civil-status-certificates", LocalDate.of(2020, 1, 2)),
                            closed("rep-1", "public-space-reports", LocalDate.of(2020, 1, 2)),
                            closed("req-3", "civil-status-certificates", LocalDate.of(2020, 1, 3))
                                    .withLegalHold(true));
            var plan = planner.plan(records, Instant.parse("2030-01-01T00:00:00Z"));
            List<String> deleted = new ArrayList<>();
            Clock clock = Clock.fixed(Instant.parse("2030-01-01T02:00:00Z"), ZoneOffset.UTC);

            PurgeReport report =
                    Purge.execute(
                            plan,
                            (step, id) -> {
                                if (id.equals("req-2")) {
                                    throw new IllegalStateException("storage unavailable");
                                }
                                deleted.add(id);
                            },
                            clock);

            assertThat(deleted).containsExactly("req-1", "rep-1");
            assertThat(report.count(Step.DELETE)).isEqualTo(1);
            assertThat(report.count(Step.ANONYMISE)).isEqualTo(1);
            assertThat(report.failed()).containsExactly("req-2");
            assertThat(report.held()).isEqualTo(1);
            assertThat(report.ranAt()).isEqualTo(clock.instant());
        }
    }
}
