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
 * code, a yes/no field reads {@code "true"} or {@code "false"}, a date reads its ISO form.
 * Immutable and thread-safe.
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
            return value != null && values.contains(value);
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
}
