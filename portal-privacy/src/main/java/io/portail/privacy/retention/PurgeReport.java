package io.portail.privacy.retention;

import static java.util.Objects.requireNonNull;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Collections;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

/**
 * What a purge run did: counts per step and the opaque ids of records it could not handle.
 *
 * <p>It holds no personal data, so it can be logged and kept as proof of the purge (GDPR art. 5(2),
 * accountability). Immutable and thread-safe.
 *
 * @param day the day planned for
 * @param ranAt when the run ended
 * @param done how many records each step was carried out on
 * @param failed opaque ids of records where a step failed
 * @param held how many due records a legal hold kept
 * @param unresolved how many records had an unknown rule
 */
public record PurgeReport(
        LocalDate day,
        Instant ranAt,
        Map<Step, Integer> done,
        List<String> failed,
        int held,
        int unresolved) {
    /**
     * Checks the report.
     *
     * @param day the day planned for
     * @param ranAt when the run ended
     * @param done how many records each step was carried out on
     * @param failed opaque ids of records where a step failed
     * @param held how many due records a legal hold kept
     * @param unresolved how many records had an unknown rule
     */
    public PurgeReport {
        requireNonNull(day, "day");
        requireNonNull(ranAt, "ranAt");
        EnumMap<Step, Integer> counts = new EnumMap<>(Step.class);
        for (Step step : Step.values()) {
            counts.put(step, requireNonNull(done, "done").getOrDefault(step, 0));
        }
        done = Collections.unmodifiableMap(counts);
        failed = List.copyOf(failed);
    }

    /**
     * Returns how many records a step was carried out on.
     *
     * @param step the step
     * @return the count
     */
    public int count(Step step) {
        return done.get(requireNonNull(step, "step"));
    }
}
