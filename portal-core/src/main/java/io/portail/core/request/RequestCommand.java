package io.portail.core.request;

import static java.util.Objects.requireNonNull;

import java.time.LocalDate;
import java.util.List;

/**
 * What is done to a request: each command moves it from one status to another, when the lifecycle
 * allows it (see {@link Request#apply}).
 *
 * <p>Commands hold no answer of the resident. Immutable and thread-safe.
 */
public sealed interface RequestCommand {
    /**
     * Returns the name of the command, used in event types and history listings.
     *
     * @return a lower-case word or words joined by hyphens, such as {@code incomplete}
     */
    String name();

    /** The resident (or someone for them) sends the request; only the first history entry. */
    record Submit() implements RequestCommand {
        @Override
        public String name() {
            return "submitted";
        }
    }

    /** The commune registers the request as received. */
    record Receive() implements RequestCommand {
        @Override
        public String name() {
            return "received";
        }
    }

    /**
     * The commune asks for missing pieces or information by a date (CRPA art. L114-5).
     *
     * @param missing what is missing, at least one piece
     * @param dueBy the last day to provide it, after the day it is asked
     */
    record MarkIncomplete(List<MissingPiece> missing, LocalDate dueBy) implements RequestCommand {
        /**
         * Checks the command.
         *
         * @param missing what is missing
         * @param dueBy the last day to provide it
         * @throws IllegalArgumentException if nothing is missing
         */
        public MarkIncomplete {
            missing = List.copyOf(requireNonNull(missing, "missing"));
            requireNonNull(dueBy, "dueBy");
            if (missing.isEmpty()) {
                throw new IllegalArgumentException(
                        "An incomplete request misses at least one piece");
            }
        }

        @Override
        public String name() {
            return "incomplete";
        }
    }

    /** The missing pieces arrived. */
    record Complement() implements RequestCommand {
        @Override
        public String name() {
            return "complemented";
        }
    }

    /** An agent starts examining the request. */
    record StartReview() implements RequestCommand {
        @Override
        public String name() {
            return "review-started";
        }
    }

    /**
     * An agent decides expressly.
     *
     * @param accepted true to accept, false to reject
     */
    record Decide(boolean accepted) implements RequestCommand {
        @Override
        public String name() {
            return "decided";
        }
    }

    /** The administration's silence decides: the implicit decision is born (CRPA art. L231-1). */
    record DecideImplicitly() implements RequestCommand {
        @Override
        public String name() {
            return "implicitly-decided";
        }
    }

    /** The resident withdraws the request. */
    record Withdraw() implements RequestCommand {
        @Override
        public String name() {
            return "withdrawn";
        }
    }

    /** The commune closes the request. */
    record Close() implements RequestCommand {
        @Override
        public String name() {
            return "closed";
        }
    }
}
