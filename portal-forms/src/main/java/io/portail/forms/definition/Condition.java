package io.portail.forms.definition;

import static java.util.Objects.requireNonNull;

import java.time.LocalDate;
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
 * amount its plain decimal form, and a group its number of occurrences sent (none reads as no
 * answer), counted before and whatever the checks of its occurrences.
 *
 * <p>A {@link Compare} may compare a date with a day relative to the day of validation, such as
 * {@code today-P3Y}: such a condition is evaluated with {@link #test(Function, LocalDate)}, which
 * {@link io.portail.forms.validation.FormValidator} calls with today in its clock's zone. Immutable
 * and thread-safe.
 */
public sealed interface Condition {
    /**
     * Evaluates the condition on a day.
     *
     * @param answers the normalised value of a field by its id, null when unanswered or hidden
     * @param today the day of validation, in the commune's zone, read by bounds relative to today
     * @return true if the condition holds
     * @throws NullPointerException if {@code today} is null and the condition holds a comparison
     */
    boolean test(Function<String, @Nullable String> answers, LocalDate today);

    /**
     * Evaluates a condition that does not compare with today.
     *
     * @param answers the normalised value of a field by its id, null when unanswered or hidden
     * @return true if the condition holds
     * @throws IllegalStateException if the condition compares a date with today ({@link
     *     #readsToday()}): call {@link #test(Function, LocalDate)} with the day instead
     */
    default boolean test(Function<String, @Nullable String> answers) {
        if (readsToday()) {
            throw new IllegalStateException(
                    "The condition compares a date with today; call test(answers, today) with the"
                            + " day of validation");
        }
        return test(answers, LocalDate.EPOCH);
    }

    /**
     * Tells whether the condition compares a date with a day relative to today.
     *
     * @return true if evaluating it needs the day of validation
     */
    default boolean readsToday() {
        return false;
    }

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
     * Creates the condition that holds when the field's number or date lies between two bounds,
     * both included: {@code atLeast low} and {@code atMost high}.
     *
     * <p>Bounds in the wrong order are refused, since the condition could never hold: two numbers,
     * two fixed dates, or two days relative to today whose lower is after the upper on every day
     * (compared over four consecutive years, so every length of month and a leap year). A pair
     * whose order depends on the day, such as {@code today-P1M} and {@code today-P30D}, is
     * accepted, as is a fixed date with a relative one: such a condition holds only on the days
     * when its bounds are in order.
     *
     * @param field the field id
     * @param low the lower bound: a number, an ISO date or a day relative to today
     * @param high the upper bound, of the same kind
     * @return the condition, an {@link All} of the two comparisons
     * @throws IllegalArgumentException if a bound is malformed or the bounds are in the wrong order
     */
    static All between(String field, String low, String high) {
        Compare atLeast = new Compare(field, Comparison.AT_LEAST, low);
        Compare atMost = new Compare(field, Comparison.AT_MOST, high);
        if (!Bounds.inOrder(low, high)) {
            boolean numbers = !atLeast.isDate();
            String first = numbers ? high : "\"" + high + "\"";
            String second = numbers ? low : "\"" + low + "\"";
            throw new IllegalArgumentException(
                    (numbers
                                    ? "The lower bound of between is above its upper bound, so the"
                                            + " condition can never hold; put the smaller bound"
                                            + " first: ["
                                    : "The lower bound of between is a later day than its upper"
                                            + " bound, so the condition can never hold; put the"
                                            + " earlier day first: [")
                            + first
                            + ", "
                            + second
                            + "]");
        }
        return new All(List.of(atLeast, atMost));
    }

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
        public boolean test(Function<String, @Nullable String> answers, LocalDate today) {
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
        public boolean test(Function<String, @Nullable String> answers, LocalDate today) {
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
        public boolean test(Function<String, @Nullable String> answers, LocalDate today) {
            for (Condition condition : conditions) {
                if (!condition.test(answers, today)) {
                    return false;
                }
            }
            return true;
        }

        @Override
        public boolean readsToday() {
            return conditions.stream().anyMatch(Condition::readsToday);
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
        public boolean test(Function<String, @Nullable String> answers, LocalDate today) {
            for (Condition condition : conditions) {
                if (condition.test(answers, today)) {
                    return true;
                }
            }
            return false;
        }

        @Override
        public boolean readsToday() {
            return conditions.stream().anyMatch(Condition::readsToday);
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
        public boolean test(Function<String, @Nullable String> answers, LocalDate today) {
            return !condition.test(answers, today);
        }

        @Override
        public boolean readsToday() {
            return condition.readsToday();
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
     * <p>A date bound may be relative to the day of validation: {@code today}, or {@code today}
     * followed by a sign and an ISO 8601 period of years, months, weeks and days, such as {@code
     * today-P3Y} (three years ago), {@code today+P1M} (in a month) or {@code today-P1Y6M}. The day
     * the bound stands for is computed by java.time's rule ({@link
     * LocalDate#plus(java.time.TemporalAmount)} with a {@link java.time.Period}): years and months
     * first, keeping the day of the month or, when the month reached is shorter, taking its last
     * day, then days. So {@code today-P1M} on 31 March is 28 February (29 in a leap year), and
     * {@code today-P1Y} on 29 February 2028 is 28 February 2027.
     *
     * <p>One exception makes whole years agree with {@link io.portail.forms.constraints.Age}: a
     * bound of whole years before today ({@code today-PnY}, without months, weeks or days) computed
     * on 28 February of a common year, when the year reached is a leap year, is 29 February. A
     * person born on 29 February reaches an age on 28 February in common years: the French
     * administration's reading for majority (circular of 25 July 2013 on electoral lists),
     * following article 641 of the Code de procédure civile. So "18 or older" is {@code atMost
     * today-P18Y}: on 28 February 2026 the bound is 29 February 2008 and a person born that day is
     * 18, as {@link io.portail.forms.constraints.Age#inYears(LocalDate, LocalDate)} counts them.
     * Bounds forward in time ({@code today+P1Y}) keep java.time's day, which is already article
     * 641's (the same day, or the last day of the month when there is none), and periods with
     * months, weeks or days are not changed.
     *
     * <p>Note: {@code lessThan today-P18Y} leaves out the 18th birthday itself (born on the bound's
     * day); for an age, compare with {@code atMost} ("n or older") or {@code greaterThan} ("under
     * n").
     *
     * @param field the field id
     * @param comparison how the value compares with the bound
     * @param bound the bound: an ISO date, a decimal number, or a day relative to today
     */
    record Compare(String field, Comparison comparison, String bound) implements Condition {
        /**
         * Checks the condition.
         *
         * @param field the field id
         * @param comparison how the value compares with the bound
         * @param bound an ISO date, a decimal number, or a day relative to today such as {@code
         *     today-P3Y}
         * @throws IllegalArgumentException if the bound is none of these
         */
        public Compare {
            requireNonNull(field, "field");
            requireNonNull(comparison, "comparison");
            requireNonNull(bound, "bound");
            if (Bounds.of(bound) == null && Bounds.relative(bound) == null) {
                throw new IllegalArgumentException(
                        bound.regionMatches(true, 0, Bounds.TODAY, 0, Bounds.TODAY.length())
                                ? "A bound relative to today is written today, today-P3Y (3 years"
                                        + " ago) or today+P1M (in 1 month): a sign, then P and"
                                        + " numbers of years (Y), months (M), weeks (W) or days"
                                        + " (D), in capitals and without spaces; got "
                                        + cut(bound)
                                : "A comparison's bound is a number, such as 3 or 12.50, a date,"
                                        + " such as 2026-09-01, or a day relative to today, such"
                                        + " as today-P3Y; got "
                                        + cut(bound));
            }
        }

        private static String cut(String text) {
            return text.length() > 40 ? text.substring(0, 40) + "…" : text;
        }

        /**
         * Tells whether the bound is a date, fixed or relative to today.
         *
         * @return true for a date, false for a number
         */
        public boolean isDate() {
            return Bounds.relative(bound) != null || Bounds.of(bound) instanceof LocalDate;
        }

        @Override
        public boolean readsToday() {
            return Bounds.relative(bound) != null;
        }

        @Override
        public boolean test(Function<String, @Nullable String> answers, LocalDate today) {
            String value = answers.apply(field);
            if (value == null) {
                return false;
            }
            Integer order = Bounds.compare(value, bound, requireNonNull(today, "today"));
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
