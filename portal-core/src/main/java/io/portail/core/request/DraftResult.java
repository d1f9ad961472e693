package io.portail.core.request;

import static java.util.Objects.requireNonNull;

import io.portail.forms.validation.Violation;
import java.util.List;

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
}
