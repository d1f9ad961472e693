package io.portail.privacy.bench;

import io.portail.privacy.SaintExemple;
import io.portail.privacy.category.DataCategory;
import io.portail.privacy.register.ProcessingActivity;
import io.portail.privacy.register.Register;
import io.portail.privacy.retention.PlannedStep;
import io.portail.privacy.retention.RetainedRecord;
import io.portail.privacy.retention.RetentionPlan;
import io.portail.privacy.retention.RetentionPlanner;
import io.portail.privacy.retention.RetentionRule;
import io.portail.privacy.retention.RetentionSchedule;
import io.portail.privacy.retention.RetentionTrigger;
import io.portail.privacy.retention.Step;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

/**
 * Plans retention for 1 000 000 records on one thread (target: within 1 s), against a baseline that
 * does what a straightforward java.time implementation would: per record, find the activity and its
 * rule in the register, convert the instant to a date, add the periods and compare.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 2)
@Measurement(iterations = 3)
@Fork(1)
public class RetentionPlannerBenchmark {
    static final ZoneId PARIS = ZoneId.of("Europe/Paris");
    static final Instant NOW = Instant.parse("2030-06-15T08:00:00Z");
    static final int RECORDS = 1_000_000;

    private Register register;
    private RetentionPlanner planner;
    private List<RetainedRecord> records;

    @Setup
    public void setUp() {
        register = SaintExemple.register();
        planner = new RetentionPlanner(RetentionSchedule.of(register), PARIS);
        Random random = new Random(42);
        List<ProcessingActivity> activities = register.activities();
        List<DataCategory> categories =
                List.of(DataCategory.NAME, DataCategory.ALLERGIES, DataCategory.CONNECTION_LOGS);
        RetentionTrigger[] triggers = RetentionTrigger.values();
        records = new ArrayList<>(RECORDS);
        for (int i = 0; i < RECORDS; i++) {
            ProcessingActivity activity = activities.get(random.nextInt(activities.size()));
            DataCategory category = categories.get(random.nextInt(categories.size()));
            RetentionRule rule = activity.retentionFor(category);
            LocalDate date = LocalDate.of(2015, 1, 1).plusDays(random.nextInt(15 * 365));
            Map<RetentionTrigger, LocalDate> dates =
                    random.nextInt(10) == 0
                            ? Map.of(triggers[random.nextInt(triggers.length)], date)
                            : Map.of(rule.trigger(), date);
            records.add(
                    new RetainedRecord(
                            "rec-" + i,
                            activity.id(),
                            category,
                            dates,
                            rule.version(),
                            random.nextInt(100) == 0,
                            random.nextBoolean(),
                            random.nextBoolean()));
        }
    }

    @Benchmark
    public RetentionPlan planner() {
        return planner.plan(records, NOW);
    }

    @Benchmark
    public List<List<PlannedStep>> baselineNaiveJavaTime() {
        List<PlannedStep> toPurge = new ArrayList<>();
        List<PlannedStep> toArchive = new ArrayList<>();
        List<PlannedStep> toWarn = new ArrayList<>();
        for (RetainedRecord record : records) {
            ProcessingActivity activity =
                    register.activities().stream()
                            .filter(a -> a.id().equals(record.activityId()))
                            .findFirst()
                            .orElse(null);
            if (activity == null) {
                continue;
            }
            RetentionRule rule = activity.retentionFor(record.category());
            if (rule.version() != record.ruleVersion()) {
                continue;
            }
            LocalDate trigger = record.triggers().get(rule.trigger());
            if (trigger == null) {
                continue;
            }
            LocalDate today = ZonedDateTime.ofInstant(NOW, PARIS).toLocalDate();
            boolean purge = !today.isBefore(rule.dueOn(trigger));
            boolean archive =
                    rule.hasArchivePhase()
                            && !record.archived()
                            && !today.isBefore(rule.archiveOn(trigger));
            boolean warn =
                    !rule.warnBefore().isZero()
                            && !record.warned()
                            && !today.isBefore(rule.warnOn(trigger));
            if (record.legalHold()) {
                continue;
            }
            if (purge) {
                toPurge.add(
                        new PlannedStep(
                                record.id(),
                                record.activityId(),
                                Step.of(rule.finalAction()),
                                rule.dueOn(trigger)));
            } else if (archive) {
                toArchive.add(
                        new PlannedStep(
                                record.id(),
                                record.activityId(),
                                Step.MOVE_TO_ARCHIVE,
                                rule.archiveOn(trigger)));
            } else if (warn) {
                toWarn.add(
                        new PlannedStep(
                                record.id(), record.activityId(), Step.WARN, rule.warnOn(trigger)));
            }
        }
        return List.of(toPurge, toArchive, toWarn);
    }
}
