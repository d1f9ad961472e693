package io.portail.forms.constraints;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class DateRuleTests {
    // 2026-03-15 at 23:30 in Paris, still the 15th there but the 15th 22:30 in UTC
    private static final Clock CLOCK =
            Clock.fixed(Instant.parse("2026-03-15T22:30:00Z"), ZoneId.of("Europe/Paris"));

    @Nested
    class Parsing {
        @ParameterizedTest(name = "{0}")
        @CsvSource({
            "14/07/2024, 2024-07-14",
            "4/7/2024, 2024-07-04",
            "' 14 / 07 / 2024 ', 2024-07-14",
            "14.07.2024, 2024-07-14",
            "14-07-2024, 2024-07-14",
            "2024-07-14, 2024-07-14",
            "29/02/2024, 2024-02-29",
        })
        void frenchAndIsoFormsGiveIsoDate(String typed, String stored) {
            assertThat(DateRule.any().check(typed)).isEqualTo(RuleResult.valid(stored));
        }

        @ParameterizedTest(name = "{0} -> {1}")
        @CsvSource({
            "'', MISSING",
            "31/02/2024, NOT_A_REAL_DATE",
            "29/02/2025, NOT_A_REAL_DATE",
            "31/04/2024, NOT_A_REAL_DATE",
            "00/01/2024, NOT_A_REAL_DATE",
            "14/13/2024, NOT_A_REAL_DATE",
            // Year 0 is no year of the calendar; the year is what to put right, not the day.
            "01/01/0000, OUT_OF_RANGE",
            "0000-03-27, OUT_OF_RANGE",
            "14/07/0091, OUT_OF_RANGE",
            "0091-07-14, OUT_OF_RANGE",
            "31/12/0999, OUT_OF_RANGE",
            "2024-02-30, NOT_A_REAL_DATE",
            "14/07/24, WRONG_FORMAT",
            "14 juillet 2024, WRONG_FORMAT",
            "14/07, WRONG_FORMAT",
            "14/07/2024/1, WRONG_FORMAT",
            "2024/07/14, WRONG_FORMAT",
            "14/07-2024, WRONG_FORMAT",
            "140/07/2024, WRONG_FORMAT",
        })
        void wrongDatesGiveTheirProblem(String typed, Problem problem) {
            assertThat(DateRule.any().check(typed)).isEqualTo(RuleResult.invalid(problem));
            assertThat(RuleMessages.hasOwnMessage("date", problem)).isTrue();
        }

        @Test
        void parseReturnsTheDate() {
            assertThat(DateRule.any().parse("14/07/2024")).contains(LocalDate.of(2024, 7, 14));
            assertThat(DateRule.any().parse("31/02/2024")).isEmpty();
        }

        @Test
        void hugeInputIsRefusedQuickly() {
            assertThat(DateRule.any().check("1".repeat(10_000_000)).isValid()).isFalse();
        }
    }

    @Nested
    class PlausibleYears {
        @Test
        void theYear1000IsTheFirstAcceptedByEveryRule() {
            // 0091 is a two-digit year padded with zeros, typed for 1991
            assertThat(DateRule.FIRST_PLAUSIBLE_YEAR).isEqualTo(1000);
            assertThat(DateRule.any().check("01/01/1000"))
                    .isEqualTo(RuleResult.valid("1000-01-01"));
            for (DateRule rule :
                    List.of(
                            DateRule.any(),
                            DateRule.notInFuture(CLOCK),
                            DateRule.notInPast(CLOCK),
                            DateRule.between(LocalDate.of(1, 1, 1), LocalDate.of(3000, 1, 1)))) {
                assertThat(rule.check("14/07/0091"))
                        .as(rule.code())
                        .isEqualTo(RuleResult.invalid(Problem.OUT_OF_RANGE));
                assertThat(RuleMessages.message(rule.code(), Problem.OUT_OF_RANGE, Locale.FRENCH))
                        .isEqualTo(
                                "L’année semble incomplète ou inexacte ; saisissez la date avec l’année"
                                        + " complète, par exemple 14/07/2024");
            }
        }
    }

    @Nested
    class Bounds {
        @Test
        void birthDateCanBeTodayInTheClocksZoneButNotTomorrow() {
            DateRule rule = DateRule.notInFuture(CLOCK);

            assertThat(rule.code()).isEqualTo("past-date");
            assertThat(rule.check("15/03/2026").isValid()).isTrue();
            assertThat(rule.check("16/03/2026")).isEqualTo(RuleResult.invalid(Problem.TOO_LATE));
        }

        @Test
        void appointmentCanBeTodayButNotYesterday() {
            DateRule rule = DateRule.notInPast(CLOCK);

            assertThat(rule.code()).isEqualTo("future-date");
            assertThat(rule.check("15/03/2026").isValid()).isTrue();
            assertThat(rule.check("14/03/2026")).isEqualTo(RuleResult.invalid(Problem.TOO_EARLY));
        }

        @Test
        void aDayAlreadyKnownBoundsTheSameWayAsTheClock() {
            LocalDate today = LocalDate.of(2026, 3, 15);
            DateRule past = DateRule.notInFuture(today);
            DateRule future = DateRule.notInPast(today);

            assertThat(past.code()).isEqualTo("past-date");
            assertThat(future.code()).isEqualTo("future-date");
            for (String typed : List.of("14/03/2026", "15/03/2026", "16/03/2026", "29/02/2024")) {
                assertThat(past.check(typed)).isEqualTo(DateRule.notInFuture(CLOCK).check(typed));
                assertThat(future.check(typed)).isEqualTo(DateRule.notInPast(CLOCK).check(typed));
            }
            assertThat(past.check("14/07/0091"))
                    .isEqualTo(RuleResult.invalid(Problem.OUT_OF_RANGE));
        }

        @Test
        void betweenIncludesBothBounds() {
            DateRule rule = DateRule.between(LocalDate.of(2020, 1, 1), LocalDate.of(2020, 12, 31));

            assertThat(rule.check("01/01/2020").isValid()).isTrue();
            assertThat(rule.check("31/12/2020").isValid()).isTrue();
            assertThat(rule.check("31/12/2019")).isEqualTo(RuleResult.invalid(Problem.TOO_EARLY));
            assertThat(rule.check("01/01/2021")).isEqualTo(RuleResult.invalid(Problem.TOO_LATE));
        }
    }
}
