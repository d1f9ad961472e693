package io.portail.forms.definition;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.portail.forms.definition.Condition.Comparison;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class ConditionTests {
    static boolean holds(Condition condition, String value, String today) {
        return condition.test(Map.of("birth", value)::get, LocalDate.parse(today));
    }

    static Condition compare(Comparison comparison, String bound) {
        return new Condition.Compare("birth", comparison, bound);
    }

    @Nested
    class BoundsRelativeToToday {
        @Test
        void bornLessThanThreeYearsAgoStopsHoldingOnTheThirdBirthday() {
            Condition young = compare(Comparison.GREATER_THAN, "today-P3Y");

            assertThat(holds(young, "2023-03-17", "2026-03-16")).isTrue();
            assertThat(holds(young, "2023-03-16", "2026-03-16")).isFalse();
            assertThat(holds(young, "2023-03-15", "2026-03-16")).isFalse();
        }

        @Test
        void todayAloneComparesWithTheDayOfValidation() {
            Condition past = compare(Comparison.LESS_THAN, "today");

            assertThat(holds(past, "2026-03-15", "2026-03-16")).isTrue();
            assertThat(holds(past, "2026-03-16", "2026-03-16")).isFalse();
            assertThat(compare(Comparison.AT_MOST, "today").readsToday()).isTrue();
        }

        @ParameterizedTest(name = "{1} on {0} is {2}")
        @CsvSource({
            // java.time's rule: months first, clamped to the last day of a shorter month
            "2026-03-31, today-P1M, 2026-02-28",
            "2024-03-31, today-P1M, 2024-02-29",
            "2026-01-31, today+P1M, 2026-02-28",
            "2026-05-31, today-P1M, 2026-04-30",
            // 29 February: a year later or earlier is 28 February in a common year
            "2028-02-29, today-P1Y, 2027-02-28",
            "2028-02-29, today+P4Y, 2032-02-29",
            "2027-02-28, today+P1Y, 2028-02-28",
            "2027-02-28, today-P3Y6M, 2023-08-28",
            // months and years together, then days; weeks are 7 days
            "2026-08-31, today-P1Y6M, 2025-02-28",
            "2026-03-31, today-P1M1D, 2026-02-27",
            "2026-03-16, today+P2W, 2026-03-30",
            "2026-03-16, today, 2026-03-16",
        })
        void standsForTheDayJavaTimeComputes(String today, String bound, String day) {
            Condition exactly =
                    new Condition.All(
                            List.of(
                                    compare(Comparison.AT_LEAST, bound),
                                    compare(Comparison.AT_MOST, bound)));
            LocalDate before = LocalDate.parse(day).minusDays(1);

            assertThat(holds(exactly, day, today)).isTrue();
            assertThat(holds(exactly, before.toString(), today)).isFalse();
        }

        @Test
        void aNumberNeverComparesWithARelativeBound() {
            assertThat(holds(compare(Comparison.LESS_THAN, "today"), "3", "2026-03-16")).isFalse();
            assertThat(new Condition.Compare("birth", Comparison.LESS_THAN, "today-P3Y").isDate())
                    .isTrue();
        }
    }

    /**
     * Whole years back agree with {@link io.portail.forms.constraints.Age}: a person born on 29
     * February reaches an age on 28 February in common years (circular NOR INTA1317573C of 25 July
     * 2013 on electoral lists; Code de procédure civile, art. 641).
     */
    @Nested
    class LeapDayBirthdays {
        @ParameterizedTest(name = "born {0}, on {1}: adult {2}")
        @CsvSource({
            "2008-02-29, 2026-02-27, false",
            "2008-02-29, 2026-02-28, true",
            "2008-02-29, 2026-03-01, true",
            "2008-03-01, 2026-02-28, false",
            "2008-03-01, 2026-03-01, true",
            "2008-02-28, 2026-02-27, false",
            "2008-02-28, 2026-02-28, true",
            "2007-02-28, 2025-02-27, false",
            "2007-02-28, 2025-02-28, true",
        })
        void eighteenOrOlderFollowsTheCircularOf25July2013(
                String birth, String today, boolean adult) {
            Condition orOlder = compare(Comparison.AT_MOST, "today-P18Y");
            Condition minor = compare(Comparison.GREATER_THAN, "today-P18Y");

            assertThat(holds(orOlder, birth, today)).isEqualTo(adult);
            assertThat(holds(minor, birth, today)).isEqualTo(!adult);
        }

        @Test
        void anExitForAdultsEndsTheFormOnTheTwentyEighthOfFebruary() {
            // "Minors only": the exit holds for a person of 18 or older
            Condition adult = compare(Comparison.AT_MOST, "today-P18Y");

            assertThat(holds(adult, "2008-02-29", "2026-02-27")).isFalse();
            assertThat(holds(adult, "2008-02-29", "2026-02-28")).isTrue();
            assertThat(holds(adult, "2008-02-29", "2026-03-01")).isTrue();
        }

        @Test
        void aChildBornOnTwentyNinthFebruaryIsThreeOnTheTwentyEighth() {
            Condition young = compare(Comparison.GREATER_THAN, "today-P3Y");

            assertThat(holds(young, "2024-02-29", "2027-02-27")).isTrue();
            assertThat(holds(young, "2024-02-29", "2027-02-28")).isFalse();
            assertThat(holds(young, "2024-02-28", "2027-02-28")).isFalse();
            assertThat(holds(young, "2024-03-01", "2027-02-28")).isTrue();
        }

        @ParameterizedTest(name = "{1} on {0} is {2}")
        @CsvSource({
            "2026-02-28, today-P18Y, 2008-02-29",
            "2027-02-28, today-P3Y, 2024-02-29",
            "2026-02-28, today-P1Y, 2025-02-28",
            "2028-02-28, today-P4Y, 2024-02-28",
            "2029-02-28, today-P1Y, 2028-02-29",
            // not whole years only, or forward: java.time's day
            "2026-02-28, today-P18Y1D, 2008-02-27",
            "2026-02-28, today-P17Y12M, 2008-02-28",
            "2027-02-28, today+P1Y, 2028-02-28",
        })
        void standsForTheLastDayWhoseAnniversaryHasCome(String today, String bound, String day) {
            Condition exactly =
                    new Condition.All(
                            List.of(
                                    compare(Comparison.AT_LEAST, bound),
                                    compare(Comparison.AT_MOST, bound)));

            assertThat(holds(exactly, day, today)).isTrue();
            assertThat(holds(exactly, LocalDate.parse(day).plusDays(1).toString(), today))
                    .isFalse();
        }
    }

    @Nested
    class Between {
        @ParameterizedTest(name = "[{0}, {1}]")
        @CsvSource({
            "3, 6",
            "3, 3",
            "-2.5, 0",
            "2026-01-01, 2027-01-01",
            "today-P6Y, today-P3Y",
            "today-P3Y, today",
            "today, today+P1M",
            "today-P1Y, today-P12M",
            // the order depends on the day: accepted, holds on the days it can
            "today-P30D, today-P1M",
            "today-P1M, today-P30D",
            // a fixed date and a relative one: the order depends on the day
            "2027-01-01, today",
        })
        void acceptsBoundsThatCanBeInOrder(String low, String high) {
            assertThat(Condition.between("birth", low, high).conditions())
                    .containsExactly(
                            compare(Comparison.AT_LEAST, low), compare(Comparison.AT_MOST, high));
        }

        @Test
        void refusesNumbersInTheWrongOrderWithTheFix() {
            assertThatThrownBy(() -> Condition.between("birth", "6", "3"))
                    .isInstanceOf(IllegalArgumentException.class)
                    .hasMessage(
                            "The lower bound of between is above its upper bound, so the condition"
                                    + " can never hold; put the smaller bound first: [3, 6]");
        }

        @ParameterizedTest(name = "[{0}, {1}]")
        @CsvSource({
            "2027-01-01, 2026-01-01",
            "today-P3Y, today-P6Y",
            "today, today-P1D",
            "today+P1M, today+P3W",
            "today+P1Y, today+P11M",
        })
        void refusesDaysInTheWrongOrderWithTheFix(String low, String high) {
            assertThatThrownBy(() -> Condition.between("birth", low, high))
                    .isInstanceOf(IllegalArgumentException.class)
                    .hasMessage(
                            "The lower bound of between is a later day than its upper bound, so"
                                    + " the condition can never hold; put the earlier day first:"
                                    + " [\""
                                    + high
                                    + "\", \""
                                    + low
                                    + "\"]");
        }

        @Test
        void holdsFromTheLowerToTheUpperBoundIncluded() {
            Condition school = Condition.between("birth", "today-P6Y", "today-P3Y");

            assertThat(holds(school, "2020-03-16", "2026-03-16")).isTrue();
            assertThat(holds(school, "2020-03-15", "2026-03-16")).isFalse();
            assertThat(holds(school, "2023-03-16", "2026-03-16")).isTrue();
            assertThat(holds(school, "2023-03-17", "2026-03-16")).isFalse();
        }
    }

    @Nested
    class Today {
        @Test
        void aConditionOnTodayAsksForTheDay() {
            Condition young = new Condition.Not(compare(Comparison.GREATER_THAN, "today-P3Y"));

            assertThat(young.readsToday()).isTrue();
            assertThatThrownBy(() -> young.test(Map.of("birth", "2024-01-01")::get))
                    .isInstanceOf(IllegalStateException.class)
                    .hasMessage(
                            "The condition compares a date with today; call test(answers, today)"
                                    + " with the day of validation");
        }

        @Test
        void aConditionWithFixedBoundsNeedsNoDay() {
            Condition fixed =
                    new Condition.Any(
                            List.of(
                                    compare(Comparison.LESS_THAN, "2026-09-01"),
                                    new Condition.Empty("other", true)));

            assertThat(fixed.readsToday()).isFalse();
            assertThat(fixed.test(Map.of("birth", "2026-08-31", "other", "x")::get)).isTrue();
        }
    }

    @Nested
    class MalformedBounds {
        @ParameterizedTest(name = "{0}")
        @ValueSource(
                strings = {
                    "today-3Y",
                    "Today",
                    "TODAY-P3Y",
                    "today-p3y",
                    "today - P3Y",
                    "today-P",
                    "today-PT3H",
                    "today-P-3Y",
                    "today-P3Y2",
                    "today+P3M1Y",
                    "today-P99999Y",
                    "today-P3Y "
                })
        void refusesABoundRelativeToTodayWithTheWayToWriteIt(String bound) {
            assertThatThrownBy(() -> compare(Comparison.LESS_THAN, bound))
                    .isInstanceOf(IllegalArgumentException.class)
                    .hasMessage(
                            "A bound relative to today is written today, today-P3Y (3 years ago)"
                                    + " or today+P1M (in 1 month): a sign, then P and numbers of"
                                    + " years (Y), months (M), weeks (W) or days (D), in capitals"
                                    + " and without spaces; got "
                                    + bound);
        }

        @Test
        void refusesAnythingElseWithTheThreeKindsOfBound() {
            assertThatThrownBy(() -> compare(Comparison.LESS_THAN, "yesterday"))
                    .hasMessage(
                            "A comparison's bound is a number, such as 3 or 12.50, a date, such as"
                                    + " 2026-09-01, or a day relative to today, such as today-P3Y;"
                                    + " got yesterday");
        }
    }
}
