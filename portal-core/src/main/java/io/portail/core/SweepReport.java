package io.portail.core;

import static java.util.Objects.requireNonNull;

import io.portail.core.reference.Reference;
import java.time.Instant;
import java.util.List;

/**
 * What a sweep of implicit decisions did.
 *
 * @param at the instant the sweep was run for
 * @param decided the requests it moved to implicitly accepted or rejected
 * @param skipped the requests changed by someone else during the sweep, left for the next one
 */
public record SweepReport(Instant at, List<Reference> decided, List<Reference> skipped) {
    /**
     * Checks the report.
     *
     * @param at the instant
     * @param decided the requests decided
     * @param skipped the requests skipped
     */
    public SweepReport {
        requireNonNull(at, "at");
        decided = List.copyOf(requireNonNull(decided, "decided"));
        skipped = List.copyOf(requireNonNull(skipped, "skipped"));
    }
}
