package io.portail.forms.constraints;

import static java.util.Objects.requireNonNull;

/** The outcome of a {@link TextRule}: a normalised value or a problem. Immutable. */
public sealed interface RuleResult permits RuleResult.Valid, RuleResult.Invalid {
    /**
     * Tells whether the value follows the rule.
     *
     * @return true for {@link Valid}
     */
    boolean isValid();

    /**
     * A value that follows the rule, in the normalised form to store.
     *
     * <p>{@code toString} masks the value: it is personal data.
     *
     * @param normalised the value to store, for example a NIR without spaces
     */
    record Valid(String normalised) implements RuleResult {
        /**
         * Creates a valid result.
         *
         * @param normalised the value to store
         * @throws NullPointerException if {@code normalised} is null
         */
        public Valid {
            requireNonNull(normalised, "normalised");
        }

        @Override
        public boolean isValid() {
            return true;
        }

        @Override
        public String toString() {
            return "Valid[normalised=***]";
        }
    }

    /**
     * A value that does not follow the rule.
     *
     * @param problem what is wrong with it
     */
    record Invalid(Problem problem) implements RuleResult {
        /**
         * Creates an invalid result.
         *
         * @param problem what is wrong
         * @throws NullPointerException if {@code problem} is null
         */
        public Invalid {
            requireNonNull(problem, "problem");
        }

        @Override
        public boolean isValid() {
            return false;
        }
    }

    /**
     * Returns a valid result.
     *
     * @param normalised the value to store
     * @return a {@link Valid}
     * @throws NullPointerException if {@code normalised} is null
     */
    static RuleResult valid(String normalised) {
        return new Valid(normalised);
    }

    /**
     * Returns an invalid result.
     *
     * @param problem what is wrong
     * @return an {@link Invalid}
     * @throws NullPointerException if {@code problem} is null
     */
    static RuleResult invalid(Problem problem) {
        return new Invalid(problem);
    }
}
