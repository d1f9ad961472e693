package io.portail.core.request;

import static java.util.Objects.requireNonNull;

import io.portail.forms.validation.ValidationResult;
import io.portail.forms.validation.Violation;
import io.portail.privacy.text.LocalizedText;
import java.util.List;
import org.jspecify.annotations.Nullable;

/** The outcome of saving a step of a draft: saved, or what to put right in that step. */
public sealed interface DraftResult {
    /**
     * The step's answers are checked and the draft saved.
     *
     * @param draft the draft as saved
     */
    record Saved(Draft draft) implements DraftResult {
        /**
         * Wraps the draft.
         *
         * @param draft the draft
         */
        public Saved {
            requireNonNull(draft, "draft");
        }
    }

    /**
     * The step has something to put right; nothing was saved.
     *
     * @param violations the violations of the step, in reading order
     */
    record ToPutRight(List<Violation> violations) implements DraftResult {
        /**
         * Wraps the violations.
         *
         * @param violations the violations
         */
        public ToPutRight {
            violations = List.copyOf(requireNonNull(violations, "violations"));
        }
    }

    /**
     * The answers show that the procedure is not for this resident; nothing was saved.
     *
     * @param message why, and where to turn instead, in French and English
     * @param path the path of the field whose eligibility exit ended the form, such as {@code
     *     children[1].birth-date}, or null for a step's exit
     * @param occurrence the occurrence of a group that ended it, such as « Enfant 2 », or null
     */
    record Ineligible(
            LocalizedText message, @Nullable String path, @Nullable LocalizedText occurrence)
            implements DraftResult {
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
