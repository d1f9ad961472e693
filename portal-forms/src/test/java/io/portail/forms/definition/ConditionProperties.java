package io.portail.forms.definition;

import static org.assertj.core.api.Assertions.assertThat;

import io.portail.forms.constraints.Age;
import java.time.LocalDate;
import java.time.Period;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Assume;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.IntRange;
import org.jspecify.annotations.Nullable;

/**
 * Laws of {@link Condition} on random answers: double negation, De Morgan, and bounds relative to
 * today.
 */
class ConditionProperties {
    private static final List<String> FIELDS = List.of("a", "b", "c");

    @Property
    void notOfNotIsTheConditionItself(
            @ForAll("conditions") Condition condition, @ForAll("answers") Map<String, String> map) {
        Function<String, @Nullable String> answers = map::get;

        assertThat(new Condition.Not(new Condition.Not(condition)).test(answers))
                .isEqualTo(condition.test(answers));
    }

    @Property
    void notOfAllIsAnyOfNotsAndNotOfAnyIsAllOfNots(
            @ForAll("conditionLists") List<Condition> conditions,
            @ForAll("answers") Map<String, String> map) {
        Function<String, @Nullable String> answers = map::get;
        List<Condition> negated =
                conditions.stream().map(c -> (Condition) new Condition.Not(c)).toList();

        assertThat(new Condition.Not(new Condition.All(conditions)).test(answers))
                .isEqualTo(new Condition.Any(negated).test(answers));
        assertThat(new Condition.Not(new Condition.Any(conditions)).test(answers))
                .isEqualTo(new Condition.All(negated).test(answers));
    }

    @Property
    void exactlyOneOfAComparisonAndItsOppositeHoldsOnANumber(
            @ForAll("numbers") String bound, @ForAll("answers") Map<String, String> map) {
        Function<String, @Nullable String> answers = map::get;
        Condition less = new Condition.Compare("a", Condition.Comparison.LESS_THAN, bound);
        Condition atLeast = new Condition.Compare("a", Condition.Comparison.AT_LEAST, bound);

        String value = map.get("a");
        boolean isNumber = value != null && value.matches("-?[0-9]+");
        assertThat(less.test(answers) ^ atLeast.test(answers)).isEqualTo(isNumber);
        assertThat(less.test(answers) && atLeast.test(answers)).isFalse();
    }

    @Property
    void aBoundRelativeToTodayActsAsTheFixedDayItStandsFor(
            @ForAll("days") LocalDate today,
            @ForAll("days") LocalDate value,
            @ForAll @IntRange(max = 30) int years,
            @ForAll @IntRange(max = 30) int months,
            @ForAll @IntRange(max = 400) int days,
            @ForAll boolean minus,
            @ForAll Condition.Comparison comparison) {
        Period period = Period.of(years, months, days);
        String relative = "today" + (minus ? "-" : "+") + period;
        LocalDate day = minus ? today.minus(period) : today.plus(period);
        // Whole years back from 28 February of a common year reach 29 February of a leap year
        // (circular NOR INTA1317573C of 25 July 2013; Code de procédure civile, art. 641)
        boolean wholeYearsBack = minus && years > 0 && months == 0 && days == 0;
        if (wholeYearsBack && today.getMonthValue() == 2 && day.getDayOfMonth() == 28) {
            day = day.isLeapYear() && !today.isLeapYear() ? day.plusDays(1) : day;
        }
        Function<String, @Nullable String> answers = Map.of("a", value.toString())::get;

        assertThat(new Condition.Compare("a", comparison, relative).test(answers, today))
                .isEqualTo(new Condition.Compare("a", comparison, day.toString()).test(answers));
    }

    /**
     * "n or older" written as a bound agrees with {@link Age}, including for people born on 29
     * February (circular NOR INTA1317573C of 25 July 2013; Code de procédure civile, art. 641).
     */
    @Property
    void atMostWholeYearsBackHoldsFromTheBirthdayAgeCounts(
            @ForAll("days") LocalDate today,
            @ForAll("days") LocalDate birth,
            @ForAll @IntRange(min = 1, max = 120) int years) {
        Assume.that(!birth.isAfter(today));
        Condition orOlder =
                new Condition.Compare("a", Condition.Comparison.AT_MOST, "today-P" + years + "Y");
        Condition under =
                new Condition.Compare(
                        "a", Condition.Comparison.GREATER_THAN, "today-P" + years + "Y");
        Function<String, @Nullable String> answers = Map.of("a", birth.toString())::get;

        assertThat(orOlder.test(answers, today)).isEqualTo(Age.inYears(birth, today) >= years);
        assertThat(under.test(answers, today)).isEqualTo(Age.inYears(birth, today) < years);
    }

    @Provide
    Arbitrary<LocalDate> days() {
        long first = LocalDate.of(1900, 1, 1).toEpochDay();
        long last = LocalDate.of(2100, 12, 31).toEpochDay();
        return Arbitraries.longs()
                .between(first, last)
                .edgeCases(
                        c ->
                                c.add(
                                        LocalDate.of(2024, 2, 29).toEpochDay(),
                                        LocalDate.of(2026, 2, 28).toEpochDay(),
                                        LocalDate.of(2008, 2, 29).toEpochDay(),
                                        LocalDate.of(2026, 3, 31).toEpochDay()))
                .map(LocalDate::ofEpochDay);
    }

    @Provide
    Arbitrary<String> numbers() {
        return Arbitraries.integers().between(-5, 5).map(String::valueOf);
    }

    @Provide
    Arbitrary<Map<String, String>> answers() {
        Arbitrary<String> value =
                Arbitraries.of("x", "y", "z", "-3", "0", "4", "2026-03-16", "x,y");
        return Arbitraries.maps(Arbitraries.of(FIELDS), value).ofMaxSize(3).map(HashMap::new);
    }

    @Provide
    Arbitrary<List<Condition>> conditionLists() {
        return tree(2).list().ofMinSize(1).ofMaxSize(4);
    }

    @Provide
    Arbitrary<Condition> conditions() {
        return tree(3);
    }

    /** Conditions nested at most {@code depth} deep, so that generation stays small. */
    private Arbitrary<Condition> tree(int depth) {
        if (depth == 0) {
            return leaf();
        }
        Arbitrary<Condition> inner = tree(depth - 1);
        return Arbitraries.frequencyOf(
                net.jqwik.api.Tuple.of(3, leaf()),
                net.jqwik.api.Tuple.of(1, inner.map(c -> (Condition) new Condition.Not(c))),
                net.jqwik.api.Tuple.of(
                        1,
                        inner.list()
                                .ofMinSize(1)
                                .ofMaxSize(3)
                                .map(l -> (Condition) new Condition.All(l))),
                net.jqwik.api.Tuple.of(
                        1,
                        inner.list()
                                .ofMinSize(1)
                                .ofMaxSize(3)
                                .map(l -> (Condition) new Condition.Any(l))));
    }

    private Arbitrary<Condition> leaf() {
        Arbitrary<String> field = Arbitraries.of(FIELDS);
        Arbitrary<Condition> in =
                field.flatMap(
                        f ->
                                Arbitraries.of("x", "y", "z")
                                        .set()
                                        .ofMinSize(1)
                                        .map(v -> (Condition) new Condition.In(f, Set.copyOf(v))));
        Arbitrary<Condition> empty =
                field.flatMap(
                        f ->
                                Arbitraries.of(true, false)
                                        .map(e -> (Condition) new Condition.Empty(f, e)));
        Arbitrary<Condition> compare =
                field.flatMap(
                        f ->
                                Arbitraries.of(Condition.Comparison.class)
                                        .flatMap(
                                                op ->
                                                        numbers()
                                                                .map(
                                                                        b ->
                                                                                (Condition)
                                                                                        new Condition
                                                                                                .Compare(
                                                                                                f,
                                                                                                op,
                                                                                                b))));
        return Arbitraries.oneOf(in, empty, compare);
    }
}
