package io.portail.forms.validation;

import static java.util.Objects.requireNonNull;

import io.portail.privacy.text.LocalizedText;
import java.util.List;

/**
 * The outcome of validating answers: the normalised answers, what to put right, or an eligibility
 * exit.
 */
public sealed interface ValidationResult {
    /**
     * Tells whether the answers passed every check.
     *
     * @return true if valid
     */
    boolean isValid();

    /**
     * Answers that passed every check.
     *
     * @param answers the normalised answers
     */
    record Valid(NormalisedAnswers answers) implements ValidationResult {
        /**
         * Wraps the answers.
         *
         * @param answers the normalised answers
         */
        public Valid {
            requireNonNull(answers, "answers");
        }

        @Override
        public boolean isValid() {
            return true;
        }
    }

    /**
     * Answers with something to put right: at most one violation per field, in reading order.
     *
     * @param violations the violations
     */
    record Invalid(List<Violation> violations) implements ValidationResult {
        /**
         * Wraps the violations.
         *
         * @param violations the violations, at least one
         * @throws IllegalArgumentException if there is none
         */
        public Invalid {
            violations = List.copyOf(requireNonNull(violations, "violations"));
            if (violations.isEmpty()) {
                throw new IllegalArgumentException("An invalid result has violations");
            }
        }

        @Override
        public boolean isValid() {
            return false;
        }
    }

    /**
     * Answers that end the form early: the resident is not eligible for the procedure.
     *
     * @param message why the resident cannot go on and what they can do, from the definition
     */
    record Ineligible(LocalizedText message) implements ValidationResult {
        /**
         * Wraps the explanation.
         *
         * @param message the explanation a resident reads
         */
        public Ineligible {
            requireNonNull(message, "message");
        }

        @Override
        public boolean isValid() {
            return false;
        }
    }
}
