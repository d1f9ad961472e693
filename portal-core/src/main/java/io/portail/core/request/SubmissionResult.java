package io.portail.core.request;

import static java.util.Objects.requireNonNull;

import io.portail.core.receipt.Receipt;
import io.portail.forms.validation.ValidationResult;
import io.portail.forms.validation.Violation;
import io.portail.privacy.text.LocalizedText;
import java.util.List;
import org.jspecify.annotations.Nullable;

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
     * @param path the path of the field whose eligibility exit ended the form, such as {@code
     *     children[1].birth-date}, or null for a step's exit
     * @param occurrence the occurrence of a group that ended it, such as « Enfant 2 », or null
     */
    record Ineligible(
            LocalizedText message, @Nullable String path, @Nullable LocalizedText occurrence)
            implements SubmissionResult {
        /**
         * Wraps the explanation.
         *
         * @param message why, in French and English
         * @param path the path of the field whose exit ended the form, or null
         * @param occurrence the occurrence of a group that ended it, or null
         */
        public Ineligible {
            requireNonNull(message, "message");
        }

        /**
         * Wraps an explanation whose origin is not named.
         *
         * @param message why, in French and English
         */
        public Ineligible(LocalizedText message) {
            this(message, null, null);
        }

        /**
         * Carries the form's own outcome.
         *
         * @param exit the form validator's outcome
         * @return the same explanation, path and occurrence
         */
        public static Ineligible of(ValidationResult.Ineligible exit) {
            return new Ineligible(exit.message(), exit.path(), exit.occurrence());
        }
    }
}
