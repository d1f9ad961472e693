package io.portail.forms.validation;

import static java.util.Objects.requireNonNull;

import io.portail.privacy.text.LocalizedText;
import java.util.List;
import org.jspecify.annotations.Nullable;

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
     * <p>When the exit is on a field of a group, it is checked for each occurrence and the result
     * names the occurrence, as the summary does, so that the resident knows which entry (which
     * child) ended the form; the message stays the definition's own.
     *
     * @param message why the resident cannot go on and what they can do, from the definition
     * @param path the path of the field whose exit ended the form, such as {@code lives-here} or
     *     {@code children[1].birth-date}; null when a step's exit ended it
     * @param occurrence the occurrence of a group that ended the form, named by the group's label
     *     and its number from 1, such as « Enfant 2 » (Child 2); null outside a group
     */
    record Ineligible(
            LocalizedText message, @Nullable String path, @Nullable LocalizedText occurrence)
            implements ValidationResult {
        /**
         * Wraps the explanation.
         *
         * @param message the explanation a resident reads
         * @param path the path of the field whose exit ended the form, or null for a step's exit
         * @param occurrence the occurrence of a group that ended the form, or null
         */
        public Ineligible {
            requireNonNull(message, "message");
        }

        /**
         * Wraps the explanation of an exit whose origin is not named.
         *
         * @param message the explanation a resident reads
         */
        public Ineligible(LocalizedText message) {
            this(message, null, null);
        }

        @Override
        public boolean isValid() {
            return false;
        }
    }
}
