package io.portail.core.request;

import static java.util.Objects.requireNonNull;

import io.portail.core.receipt.Receipt;
import io.portail.forms.validation.Violation;
import io.portail.privacy.text.LocalizedText;
import java.util.List;

/** The outcome of a submission: a request with its receipt, or what to put right. */
public sealed interface SubmissionResult {
    /**
     * The request was received and stored; its receipt is issued.
     *
     * @param request the request
     * @param receipt the receipt
     * @param replayed true if this idempotency key had already been submitted, and this is the
     *     first request and receipt again
     */
    record Accepted(Request request, Receipt receipt, boolean replayed)
            implements SubmissionResult {
        /**
         * Wraps the outcome.
         *
         * @param request the request
         * @param receipt the receipt
         * @param replayed true if this is a repeat of an earlier submission
         */
        public Accepted {
            requireNonNull(request, "request");
            requireNonNull(receipt, "receipt");
        }
    }

    /**
     * The answers have something to put right; nothing was stored.
     *
     * @param violations the violations, in reading order
     */
    record Refused(List<Violation> violations) implements SubmissionResult {
        /**
         * Wraps the violations.
         *
         * @param violations the violations
         */
        public Refused {
            violations = List.copyOf(requireNonNull(violations, "violations"));
        }
    }

    /**
     * The answers show that the procedure is not for this resident; nothing was stored.
     *
     * @param message why, and where to turn instead, in French and English
     */
    record Ineligible(LocalizedText message) implements SubmissionResult {
        /**
         * Wraps the explanation.
         *
         * @param message why, in French and English
         */
        public Ineligible {
            requireNonNull(message, "message");
        }
    }
}
