package io.portail.privacy.retention;

import static java.util.Objects.requireNonNull;

import java.time.Clock;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** Carries out a retention plan through the host's {@link RetentionActions}. */
public final class Purge {
    private static final Logger LOG = LoggerFactory.getLogger(Purge.class);

    private Purge() {}

    /**
     * Carries out every step of the plan: warnings, moves to the archive, then final actions.
     *
     * <p>A step that throws is counted as failed with the record's opaque id, and the run goes on.
     * The run logs one INFO line with the counts, and one WARN line per failure naming the record
     * id and the exception's class, never its message.
     *
     * @param plan the plan
     * @param actions the host's storage
     * @param clock the clock, for the report's instant
     * @return the report
     */
    public static PurgeReport execute(RetentionPlan plan, RetentionActions actions, Clock clock) {
        requireNonNull(plan, "plan");
        requireNonNull(actions, "actions");
        requireNonNull(clock, "clock");
        Map<Step, Integer> done = new EnumMap<>(Step.class);
        List<String> failed = new ArrayList<>();
        List<PlannedStep> all = new ArrayList<>(plan.toWarn());
        all.addAll(plan.toArchive());
        all.addAll(plan.toPurge());
        for (PlannedStep step : all) {
            try {
                actions.apply(step.step(), step.recordId());
                done.merge(step.step(), 1, Integer::sum);
            } catch (RuntimeException e) {
                failed.add(step.recordId());
                LOG.warn(
                        "Retention step {} failed on record {}: {}",
                        step.step(),
                        step.recordId(),
                        e.getClass().getName());
            }
        }
        PurgeReport report =
                new PurgeReport(
                        plan.day(),
                        clock.instant(),
                        done,
                        failed,
                        plan.held().size(),
                        plan.unresolved().size());
        LOG.info(
                "Retention run for {}: {} warned, {} archived, {} deleted, {} anonymised, {}"
                        + " transferred, {} failed, {} held, {} unresolved",
                plan.day(),
                report.count(Step.WARN),
                report.count(Step.MOVE_TO_ARCHIVE),
                report.count(Step.DELETE),
                report.count(Step.ANONYMISE),
                report.count(Step.TRANSFER_TO_ARCHIVES),
                failed.size(),
                report.held(),
                report.unresolved());
        return report;
    }
}
