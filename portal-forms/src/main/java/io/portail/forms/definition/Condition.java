package io.portail.forms.definition;

import static java.util.Objects.requireNonNull;

import java.util.List;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Stream;
import org.jspecify.annotations.Nullable;

/**
 * A condition on other answers that shows or requires a field or a step.
 *
 * <p>Conditions read the normalised answers: the value of a single-choice field is the option's
 * code, a multiple choice its ticked codes (an {@link In} holds when one of them is listed), a
 * yes/no field reads {@code "true"} or {@code "false"}, a date reads its ISO form, a number or an
 * amount its plain decimal form, and a group its number of occurrences. Immutable and thread-safe.
 */
public sealed interface Condition {
    /**
     * Evaluates the condition.
     *
     * @param answers the normalised value of a field by its id, null when unanswered or hidden
     * @return true if the condition holds
     */
    boolean test(Function<String, @Nullable String> answers);

    /**
     * Returns the ids of the fields the condition reads.
     *
     * @return the field ids
     */
    default Set<String> fields() {
        return Set.copyOf(fieldStream().toList());
    }

    /**
     * Streams the ids of the fields the condition reads, with repeats.
     *
     * @return the field ids
     */
    Stream<String> fieldStream();

    /**
     * Holds when the field's value is one of the given values.
     *
     * @param field the field id
     * @param values the accepted values; one value means "equals"
     */
    record In(String field, Set<String> values) implements Condition {
        /**
         * Checks the condition.
         *
         * @param field the field id
         * @param values the accepted values; one value means "equals"
         * @throws IllegalArgumentException if no value is given
         */
        public In {
            requireNonNull(field, "field");
            values = Set.copyOf(requireNonNull(values, "values"));
            if (values.isEmpty()) {
                throw new IllegalArgumentException("A condition needs at least one value");
            }
        }

        @Override
        public boolean test(Function<String, @Nullable String> answers) {
            String value = answers.apply(field);
            if (value == null) {
                return false;
            }
            if (values.contains(value)) {
                return true;
            }
            // A multiple choice reads as its codes joined by commas: one ticked code is enough.
            if (value.indexOf(',') >= 0) {
                for (String code : value.split(",", -1)) {
                    if (values.contains(code)) {
                        return true;
                    }
                }
            }
            return false;
        }

        @Override
        public Stream<String> fieldStream() {
            return Stream.of(field);
        }
    }

    /**
     * Holds when the field has no answer (or, negated, when it has one).
     *
     * @param field the field id
     * @param empty true to hold when unanswered, false to hold when answered
     */
    record Empty(String field, boolean empty) implements Condition {
        /**
         * Checks the condition.
         *
         * @param field the field id
         * @param empty true to hold when unanswered, false to hold when answered
         */
        public Empty {
            requireNonNull(field, "field");
        }

        @Override
        public boolean test(Function<String, @Nullable String> answers) {
            return (answers.apply(field) == null) == empty;
        }

        @Override
        public Stream<String> fieldStream() {
            return Stream.of(field);
        }
    }

    /**
     * Holds when every condition holds.
     *
     * @param conditions the conditions
     */
    record All(List<Condition> conditions) implements Condition {
        /**
         * Checks the condition.
         *
         * @param conditions the conditions
         * @throws IllegalArgumentException if there is none
         */
        public All {
            conditions = List.copyOf(requireNonNull(conditions, "conditions"));
            if (conditions.isEmpty()) {
                throw new IllegalArgumentException("'all' needs at least one condition");
            }
        }

        @Override
        public boolean test(Function<String, @Nullable String> answers) {
            return conditions.stream().allMatch(c -> c.test(answers));
        }

        @Override
        public Stream<String> fieldStream() {
            return conditions.stream().flatMap(Condition::fieldStream);
        }
    }

    /**
     * Holds when at least one condition holds.
     *
     * @param conditions the conditions
     */
    record Any(List<Condition> conditions) implements Condition {
        /**
         * Checks the condition.
         *
         * @param conditions the conditions
         * @throws IllegalArgumentException if there is none
         */
        public Any {
            conditions = List.copyOf(requireNonNull(conditions, "conditions"));
            if (conditions.isEmpty()) {
                throw new IllegalArgumentException("'any' needs at least one condition");
            }
        }

        @Override
        public boolean test(Function<String, @Nullable String> answers) {
            return conditions.stream().anyMatch(c -> c.test(answers));
        }

        @Override
        public Stream<String> fieldStream() {
            return conditions.stream().flatMap(Condition::fieldStream);
        }
    }

    /**
     * Holds when the inner condition does not.
     *
     * @param condition the inner condition
     */
    record Not(Condition condition) implements Condition {
        /**
         * Checks the condition.
         *
         * @param condition the inner condition
         */
        public Not {
            requireNonNull(condition, "condition");
        }

        @Override
        public boolean test(Function<String, @Nullable String> answers) {
            return !condition.test(answers);
        }

        @Override
        public Stream<String> fieldStream() {
            return condition.fieldStream();
        }
    }

    /**
     * Holds when the field's number or date compares with a bound as asked.
     *
     * <p>Dates compare as dates ({@code 2026-03-16}), anything else as exact decimal numbers. An
     * unanswered field, or a value that is not of the bound's kind, never holds.
     *
     * @param field the field id
     * @param comparison how the value compares with the bound
     * @param bound the bound: an ISO date or a decimal number
     */
    record Compare(String field, Comparison comparison, String bound) implements Condition {
        /**
         * Checks the condition.
         *
         * @param field the field id
         * @param comparison how the value compares with the bound
         * @param bound an ISO date or a decimal number
         * @throws IllegalArgumentException if the bound is neither
         */
        public Compare {
            requireNonNull(field, "field");
            requireNonNull(comparison, "comparison");
            requireNonNull(bound, "bound");
            if (Bounds.of(bound) == null) {
                throw new IllegalArgumentException(
                        "A comparison's bound is a number, such as 3 or 12.50, or a date, such as"
                                + " 2026-09-01");
            }
        }

        /**
         * Tells whether the bound is a date.
         *
         * @return true for a date, false for a number
         */
        public boolean isDate() {
            return Bounds.of(bound) instanceof java.time.LocalDate;
        }

        @Override
        public boolean test(Function<String, @Nullable String> answers) {
            String value = answers.apply(field);
            if (value == null) {
                return false;
            }
            Integer order = Bounds.compare(value, bound);
            return order != null && comparison.holds(order);
        }

        @Override
        public Stream<String> fieldStream() {
            return Stream.of(field);
        }
    }

    /** How a value compares with a bound. */
    enum Comparison {
        /** Strictly less than the bound ({@code lessThan}). */
        LESS_THAN,
        /** Less than or equal to the bound ({@code atMost}). */
        AT_MOST,
        /** Strictly greater than the bound ({@code greaterThan}). */
        GREATER_THAN,
        /** Greater than or equal to the bound ({@code atLeast}). */
        AT_LEAST;

        boolean holds(int order) {
            return switch (this) {
                case LESS_THAN -> order < 0;
                case AT_MOST -> order <= 0;
                case GREATER_THAN -> order > 0;
                case AT_LEAST -> order >= 0;
            };
        }
    }
}
