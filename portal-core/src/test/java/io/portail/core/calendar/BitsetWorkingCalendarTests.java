package io.portail.core.calendar;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class BitsetWorkingCalendarTests {

    private static final Set<DayOfWeek> WEEKEND = EnumSet.of(DayOfWeek.SATURDAY, DayOfWeek.SUNDAY);

    /** 2026 and 2027 with two invented holidays: Friday 1 May 2026 and Thursday 31 Dec 2026. */
    private static final BitsetWorkingCalendar CALENDAR =
            BitsetWorkingCalendar.of(
                    "TEST",
                    2026,
                    2027,
                    WEEKEND,
                    List.of(
                            new PublicHoliday(LocalDate.of(2026, 5, 1), "Un", "One"),
                            new PublicHoliday(LocalDate.of(2026, 12, 31), "Deux", "Two")));

    private static LocalDate date(String text) {
        return LocalDate.parse(text);
    }

    @Nested
    class WorkingDays {

        @ParameterizedTest
        @CsvSource({
            "2026-04-30, true", // Thursday
            "2026-05-01, false", // holiday
            "2026-05-02, false", // Saturday
            "2026-05-03, false", // Sunday
            "2026-05-04, true",
            "2026-12-31, false",
            "2027-01-01, true", // not a holiday in this calendar
            "2026-01-31, false",
            "2027-12-31, true"
        })
        void tellsWorkingDays(String day, boolean working) {
            assertThat(CALENDAR.isWorkingDay(date(day))).isEqualTo(working);
        }

        @Test
        void namesHolidays() {
            assertThat(CALENDAR.holiday(date("2026-05-01")))
                    .contains(new PublicHoliday(date("2026-05-01"), "Un", "One"));
            assertThat(CALENDAR.holiday(date("2026-05-04"))).isEmpty();
            assertThat(CALENDAR.holidays(2026))
                    .extracting(PublicHoliday::name)
                    .containsExactly("Un", "Deux");
            assertThat(CALENDAR.holidays(2027)).isEmpty();
        }

        @Test
        void mergesTwoHolidaysOnTheSameDate() {
            LocalDate day = date("2008-05-01");
            BitsetWorkingCalendar calendar =
                    BitsetWorkingCalendar.of(
                            "T",
                            2008,
                            2008,
                            WEEKEND,
                            List.of(
                                    new PublicHoliday(day, "1er mai", "Labour Day"),
                                    new PublicHoliday(day, "Ascension", "Ascension Day")));

            assertThat(calendar.holiday(day))
                    .contains(
                            new PublicHoliday(
                                    day, "1er mai, Ascension", "Labour Day, Ascension Day"));
        }
    }

    @Nested
    class Moving {

        @ParameterizedTest
        @CsvSource({
            "2026-04-30, 2026-04-30, 2026-05-04, 2026-04-30, 2026-04-29",
            "2026-05-01, 2026-05-04, 2026-05-04, 2026-04-30, 2026-04-30",
            "2026-05-03, 2026-05-04, 2026-05-04, 2026-04-30, 2026-04-30",
            "2026-12-30, 2026-12-30, 2027-01-01, 2026-12-30, 2026-12-29",
            "2026-12-31, 2027-01-01, 2027-01-01, 2026-12-30, 2026-12-30",
            "2027-01-01, 2027-01-01, 2027-01-04, 2027-01-01, 2026-12-30",
            "2026-01-31, 2026-02-02, 2026-02-02, 2026-01-30, 2026-01-30"
        })
        void findsNeighbouringWorkingDays(
                String day, String nextOrSame, String next, String previousOrSame, String prev) {
            assertThat(CALENDAR.nextOrSame(date(day))).isEqualTo(date(nextOrSame));
            assertThat(CALENDAR.next(date(day))).isEqualTo(date(next));
            assertThat(CALENDAR.previousOrSame(date(day))).isEqualTo(date(previousOrSame));
            assertThat(CALENDAR.previous(date(day))).isEqualTo(date(prev));
        }

        @ParameterizedTest
        @CsvSource({
            "2026-04-30, 1, 2026-05-04",
            "2026-04-30, 0, 2026-04-30",
            "2026-05-02, 0, 2026-05-04",
            "2026-05-02, 1, 2026-05-04",
            "2026-05-02, -1, 2026-04-30",
            "2026-05-04, -1, 2026-04-30",
            "2026-12-30, 2, 2027-01-04",
            "2027-01-04, -2, 2026-12-30",
            "2026-01-01, 258, 2026-12-30",
            "2026-01-01, 260, 2027-01-04",
            "2026-01-01, 519, 2027-12-31"
        })
        void movesByWorkingDays(String start, int amount, String expected) {
            assertThat(CALENDAR.plusWorkingDays(date(start), amount)).isEqualTo(date(expected));
        }

        @Test
        void refusesToLeaveTheYearsCovered() {
            assertThatThrownBy(() -> CALENDAR.plusWorkingDays(date("2027-12-31"), 1))
                    .isInstanceOf(IllegalArgumentException.class)
                    .hasMessage(
                            "Moving 1 working days from 2027-12-31 leaves the calendar's years"
                                    + " 2026..2027");
            assertThatThrownBy(() -> CALENDAR.plusWorkingDays(date("2026-01-01"), -1))
                    .isInstanceOf(IllegalArgumentException.class);
            assertThatThrownBy(() -> CALENDAR.next(date("2027-12-31")))
                    .isInstanceOf(IllegalArgumentException.class)
                    .hasMessage(
                            "No working day after 2027-12-31 within the calendar's years"
                                    + " 2026..2027");
            assertThatThrownBy(
                            () -> CALENDAR.plusWorkingDays(date("2026-06-01"), Integer.MAX_VALUE))
                    .isInstanceOf(IllegalArgumentException.class);
            assertThatThrownBy(
                            () -> CALENDAR.plusWorkingDays(date("2026-06-01"), Integer.MIN_VALUE))
                    .isInstanceOf(IllegalArgumentException.class);
        }

        @Test
        void refusesDatesOutsideTheYearsCovered() {
            assertThatThrownBy(() -> CALENDAR.isWorkingDay(date("2025-12-31")))
                    .isInstanceOf(IllegalArgumentException.class)
                    .hasMessage("Date outside the calendar's years 2026..2027: 2025-12-31");
            assertThatThrownBy(() -> CALENDAR.isWorkingDay(date("2028-01-01")))
                    .isInstanceOf(IllegalArgumentException.class)
                    .hasMessage("Date outside the calendar's years 2026..2027: 2028-01-01");
            assertThatThrownBy(() -> CALENDAR.plusWorkingDays(LocalDate.MIN, 1))
                    .isInstanceOf(IllegalArgumentException.class);
            assertThatThrownBy(() -> CALENDAR.next(LocalDate.MAX))
                    .isInstanceOf(IllegalArgumentException.class);
            assertThat(CALENDAR.isWorkingDay(date("2027-12-31"))).isTrue();
            assertThatThrownBy(() -> CALENDAR.holidays(2028))
                    .isInstanceOf(IllegalArgumentException.class)
                    .hasMessage("Year outside the calendar's years 2026..2027: 2028");
        }
    }

    @Nested
    class Counting {

        @ParameterizedTest
        @CsvSource({
            "2026-04-27, 2026-05-04, 4",
            "2026-04-27, 2026-05-05, 5",
            "2026-05-01, 2026-05-01, 0",
            "2026-01-01, 2027-01-01, 259",
            "2026-01-01, 2028-01-01, 520"
        })
        void countsFromInclusiveToExclusive(String from, String to, int expected) {
            assertThat(CALENDAR.countWorkingDays(date(from), date(to))).isEqualTo(expected);
        }

        @Test
        void refusesAnEndBeforeTheStart() {
            assertThatThrownBy(
                            () -> CALENDAR.countWorkingDays(date("2026-05-02"), date("2026-05-01")))
                    .isInstanceOf(IllegalArgumentException.class)
                    .hasMessage("The end must not be before the start: 2026-05-02 to 2026-05-01");
        }
    }

    @Nested
    class Building {

        @Test
        void refusesAHolidayOutsideTheYears() {
            assertThatThrownBy(
                            () ->
                                    BitsetWorkingCalendar.of(
                                            "T",
                                            2026,
                                            2026,
                                            WEEKEND,
                                            List.of(
                                                    new PublicHoliday(
                                                            date("2027-01-01"), "A", "A"))))
                    .isInstanceOf(IllegalArgumentException.class)
                    .hasMessage("Holiday outside the calendar's years 2026..2026: 2027-01-01");
        }

        @Test
        void refusesYearsBackwardsOrTooMany() {
            assertThatThrownBy(() -> BitsetWorkingCalendar.of("T", 2027, 2026, WEEKEND, List.of()))
                    .isInstanceOf(IllegalArgumentException.class);
            assertThatThrownBy(() -> BitsetWorkingCalendar.of("T", 1000, 2000, WEEKEND, List.of()))
                    .isInstanceOf(IllegalArgumentException.class);
            assertThatThrownBy(() -> BitsetWorkingCalendar.of(" ", 2026, 2026, WEEKEND, List.of()))
                    .isInstanceOf(IllegalArgumentException.class);
        }

        @Test
        void describesItself() {
            assertThat(CALENDAR).hasToString("WorkingCalendar[TEST, 2026..2027]");
        }
    }
}
