package io.portail.core.report;

import static java.util.Objects.requireNonNull;

import java.util.List;

/** The outcome of sending a report: accepted, or refused with what to put right. Immutable. */
public sealed interface SubmitResult {
    /**
     * The report was recorded.
     *
     * @param report the report
     * @param nearby earlier reports that may describe the same problem, nearest first
     */
    record Accepted(Report report, List<Suggestion> nearby) implements SubmitResult {
        /**
         * Creates the outcome.
         *
         * @param report the report
         * @param nearby the likely duplicates
         */
        public Accepted {
            requireNonNull(report, "report");
            nearby = List.copyOf(requireNonNull(nearby, "nearby"));
        }
    }

    /**
     * The report was not recorded; nothing changed.
     *
     * @param refusals what to put right, in the order the resident reads the form
     */
    record Refused(List<ReportRefusal> refusals) implements SubmitResult {
        /**
         * Creates the outcome.
         *
         * @param refusals what to put right, at least one
         * @throws IllegalArgumentException if there is none
         */
        public Refused {
            refusals = List.copyOf(requireNonNull(refusals, "refusals"));
            if (refusals.isEmpty()) {
                throw new IllegalArgumentException("A refusal gives at least one reason");
            }
        }
    }
}
