package io.portail.core.deadline;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.portail.core.calendar.WorkingCalendar;
import io.portail.core.calendar.fr.FrenchCalendars;
import java.time.LocalDate;
import java.time.Period;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class AppealDeadlineTests {

    private static final WorkingCalendar PARIS = FrenchCalendars.forDepartment("75");
    private static final WorkingCalendar MOSELLE = FrenchCalendars.forDepartment("57");

    /** CJA art. R421-1 (two months), délai franc, CPC art. 642 (next working day). */
    @Nested
    class TwoMonthsFranc {

        @ParameterizedTest(name = "notified {0}: last day {1}")
        @CsvSource({
            "2026-03-10, 2026-05-11", // neither the 10 March nor the 10 May counts
            "2026-06-13, 2026-08-14", // Friday
            "2026-06-14, 2026-08-17", // Saturday 15 August, holiday: Monday
            "2026-03-07, 2026-05-11", // Friday 8 May, holiday, then a weekend
            "2025-12-30, 2026-03-02", // 28 February 2026 (month's last day) is a Saturday
            "2025-12-31, 2026-03-02", // 1 March 2026 is a Sunday
            "2026-10-24, 2026-12-28", // Christmas on Friday, then a weekend
            // CPC art. 641: the period would end on 30 September, the same number as 30 July; the
            // day after is the last (found by a review: the day after notification plus two
            // months, 31 July to 30 September, gave a day less)
            "2026-07-30, 2026-10-01",
            "2028-12-29, 2029-03-01", // no 29 February 2029: the 28th, then the day after
            "2026-08-31, 2026-11-02" // 31 October, then Sunday 1 November, a holiday: Monday
        })
        void lastsTwoMonthsAndADayThenMovesToAWorkingDay(String notified, String lastDay) {
            AppealDeadline deadline = AppealDeadline.contentious(LocalDate.parse(notified), PARIS);

            assertThat(deadline.lastDay()).isEqualTo(LocalDate.parse(lastDay));
            assertThat(deadline.period()).isEqualTo(Period.ofMonths(2));
        }

        /** Good Friday and Easter Monday are holidays in Moselle (Code du travail L3134-13). */
        @Test
        void followsTheLocalHolidaysOfTheCalendar() {
            LocalDate notified = LocalDate.of(2026, 2, 2);

            assertThat(AppealDeadline.contentious(notified, PARIS).lastDay())
                    .isEqualTo(LocalDate.of(2026, 4, 3));
            assertThat(AppealDeadline.contentious(notified, MOSELLE).lastDay())
                    .isEqualTo(LocalDate.of(2026, 4, 7));
        }

        @Test
        void allowsAnAppealUntilTheEndOfTheLastDay() {
            AppealDeadline deadline = AppealDeadline.contentious(LocalDate.of(2026, 3, 10), PARIS);

            assertThat(deadline.allows(LocalDate.of(2026, 3, 10))).isTrue();
            assertThat(deadline.allows(LocalDate.of(2026, 5, 11))).isTrue();
            assertThat(deadline.allows(LocalDate.of(2026, 5, 12))).isFalse();
        }
    }

    @Nested
    class OtherPeriods {

        /** A 15-day délai franc: the days are counted from the day after notification. */
        @Test
        void countsDaysTheSameWay() {
            AppealDeadline deadline =
                    AppealDeadline.of(LocalDate.of(2023, 10, 12), Period.ofDays(15), PARIS);

            assertThat(deadline.lastDay()).isEqualTo(LocalDate.of(2023, 10, 30));
        }

        @Test
        void refusesAnEmptyPeriod() {
            assertThatThrownBy(
                            () -> AppealDeadline.of(LocalDate.of(2026, 3, 10), Period.ZERO, PARIS))
                    .isInstanceOf(IllegalArgumentException.class)
                    .hasMessage("The period to appeal must be positive: P0D");
        }

        @Test
        void refusesAPeriodBeyondTheLastSupportedDate() {
            assertThatThrownBy(
                            () ->
                                    AppealDeadline.of(
                                            LocalDate.of(2026, 3, 10),
                                            Period.ofYears(Integer.MAX_VALUE),
                                            PARIS))
                    .isInstanceOf(IllegalArgumentException.class);
        }

        @Test
        void refusesDatesOutsideTheCalendar() {
            assertThatThrownBy(() -> AppealDeadline.contentious(LocalDate.of(2100, 11, 30), PARIS))
                    .isInstanceOf(IllegalArgumentException.class);
        }
    }
}
