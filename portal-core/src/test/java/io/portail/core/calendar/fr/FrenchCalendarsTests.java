package io.portail.core.calendar.fr;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.portail.core.calendar.PublicHoliday;
import io.portail.core.calendar.WorkingCalendar;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class FrenchCalendarsTests {

    private static List<LocalDate> dates(String spaced) {
        return Arrays.stream(spaced.split(" ")).map(LocalDate::parse).toList();
    }

    private static List<LocalDate> holidayDates(WorkingCalendar calendar, int year) {
        return calendar.holidays(year).stream().map(PublicHoliday::date).toList();
    }

    /**
     * Code du travail art. L3133-1 (all), L3134-13 (57, 67, 68: Good Friday, 26 December), loi
     * 83-550 and décret 83-1003 (971: 27 May, 974: 20 December).
     */
    @Nested
    class HolidaysOfKnownYears {

        @ParameterizedTest(name = "{0} in department {1}")
        @CsvSource({
            "2025, 75, 2025-01-01 2025-04-21 2025-05-01 2025-05-08 2025-05-29 2025-06-09"
                    + " 2025-07-14 2025-08-15 2025-11-01 2025-11-11 2025-12-25",
            "2026, 75, 2026-01-01 2026-04-06 2026-05-01 2026-05-08 2026-05-14 2026-05-25"
                    + " 2026-07-14 2026-08-15 2026-11-01 2026-11-11 2026-12-25",
            "2027, 75, 2027-01-01 2027-03-29 2027-05-01 2027-05-06 2027-05-08 2027-05-17"
                    + " 2027-07-14 2027-08-15 2027-11-01 2027-11-11 2027-12-25",
            "2025, 57, 2025-01-01 2025-04-18 2025-04-21 2025-05-01 2025-05-08 2025-05-29"
                    + " 2025-06-09 2025-07-14 2025-08-15 2025-11-01 2025-11-11 2025-12-25"
                    + " 2025-12-26",
            "2026, 57, 2026-01-01 2026-04-03 2026-04-06 2026-05-01 2026-05-08 2026-05-14"
                    + " 2026-05-25 2026-07-14 2026-08-15 2026-11-01 2026-11-11 2026-12-25"
                    + " 2026-12-26",
            "2027, 57, 2027-01-01 2027-03-26 2027-03-29 2027-05-01 2027-05-06 2027-05-08"
                    + " 2027-05-17 2027-07-14 2027-08-15 2027-11-01 2027-11-11 2027-12-25"
                    + " 2027-12-26",
            "2025, 971, 2025-01-01 2025-04-21 2025-05-01 2025-05-08 2025-05-27 2025-05-29"
                    + " 2025-06-09 2025-07-14 2025-08-15 2025-11-01 2025-11-11 2025-12-25",
            "2026, 971, 2026-01-01 2026-04-06 2026-05-01 2026-05-08 2026-05-14 2026-05-25"
                    + " 2026-05-27 2026-07-14 2026-08-15 2026-11-01 2026-11-11 2026-12-25",
            "2027, 971, 2027-01-01 2027-03-29 2027-05-01 2027-05-06 2027-05-08 2027-05-17"
                    + " 2027-05-27 2027-07-14 2027-08-15 2027-11-01 2027-11-11 2027-12-25",
            "2025, 974, 2025-01-01 2025-04-21 2025-05-01 2025-05-08 2025-05-29 2025-06-09"
                    + " 2025-07-14 2025-08-15 2025-11-01 2025-11-11 2025-12-20 2025-12-25",
            "2026, 974, 2026-01-01 2026-04-06 2026-05-01 2026-05-08 2026-05-14 2026-05-25"
                    + " 2026-07-14 2026-08-15 2026-11-01 2026-11-11 2026-12-20 2026-12-25",
            "2027, 974, 2027-01-01 2027-03-29 2027-05-01 2027-05-06 2027-05-08 2027-05-17"
                    + " 2027-07-14 2027-08-15 2027-11-01 2027-11-11 2027-12-20 2027-12-25"
        })
        void listsThePublicHolidays(int year, String department, String expected) {
            WorkingCalendar calendar = FrenchCalendars.forDepartment(department);

            assertThat(holidayDates(calendar, year)).isEqualTo(dates(expected));
        }

        @ParameterizedTest(name = "{0} in department {1}: {2} working days")
        @CsvSource({
            "2025, 75, 251",
            "2026, 75, 252",
            "2027, 75, 254",
            "2026, 57, 251",
            "2026, 971, 251",
            "2026, 974, 252"
        })
        void countsTheWorkingDaysOfAYear(int year, String department, int expected) {
            WorkingCalendar calendar = FrenchCalendars.forDepartment(department);

            assertThat(
                            calendar.countWorkingDays(
                                    LocalDate.of(year, 1, 1), LocalDate.of(year + 1, 1, 1)))
                    .isEqualTo(expected);
        }

        @Test
        void keepsAHolidayThatFallsOnAWeekendWithoutSubstitute() {
            WorkingCalendar paris = FrenchCalendars.forDepartment("75");
            LocalDate assumption = LocalDate.of(2026, 8, 15); // a Saturday

            assertThat(paris.holiday(assumption).map(PublicHoliday::name)).contains("Assomption");
            assertThat(paris.isWorkingDay(LocalDate.of(2026, 8, 17))).isTrue();
        }

        @Test
        void treatsWhitMondayAsAPublicHoliday() {
            // Code du travail art. L3133-1 6°; the journée de solidarité does not change it.
            WorkingCalendar paris = FrenchCalendars.forDepartment("75");

            assertThat(paris.isWorkingDay(LocalDate.of(2026, 5, 25))).isFalse();
            assertThat(paris.holiday(LocalDate.of(2026, 5, 25)).map(PublicHoliday::englishName))
                    .contains("Whit Monday");
        }

        @ParameterizedTest(name = "department {0}: abolition of slavery on {1}")
        @CsvSource({
            // Décret 83-1003 as amended by décret 2012-553.
            "971, 2026-05-27",
            "972, 2026-05-22",
            "973, 2026-06-10",
            "974, 2026-12-20",
            "976, 2026-04-27",
            "977, 2026-10-09",
            "977, 2011-05-27",
            "978, 2026-05-28",
            "978, 2017-05-27"
        })
        void marksTheAbolitionOfSlavery(String department, String day) {
            WorkingCalendar calendar = FrenchCalendars.forDepartment(department);

            assertThat(calendar.holiday(LocalDate.parse(day)).map(PublicHoliday::name))
                    .contains("Abolition de l'esclavage");
        }

        @Test
        void hasNoLocalHolidayInSaintPierreEtMiquelon() {
            WorkingCalendar calendar = FrenchCalendars.forDepartment("975");

            assertThat(holidayDates(calendar, 2026))
                    .isEqualTo(holidayDates(FrenchCalendars.forDepartment("75"), 2026));
        }
    }

    @Nested
    class Departments {

        @Test
        void sharesOneInstancePerSetOfHolidays() {
            assertThat(FrenchCalendars.forDepartment("57"))
                    .isSameAs(FrenchCalendars.forDepartment("67"))
                    .isSameAs(FrenchCalendars.forDepartment("68"));
            assertThat(FrenchCalendars.forDepartment("75"))
                    .isSameAs(FrenchCalendars.forDepartment("2A"))
                    .isSameAs(FrenchCalendars.forDepartment("01"))
                    .isNotSameAs(FrenchCalendars.forDepartment("57"));
        }

        @Test
        void buildsEachCalendarOnceUnderConcurrency() throws Exception {
            ExecutorService pool = Executors.newFixedThreadPool(8);
            try {
                List<Future<WorkingCalendar>> calendars = new ArrayList<>();
                for (int i = 0; i < 64; i++) {
                    calendars.add(pool.submit(() -> FrenchCalendars.forDepartment("973")));
                }
                for (Future<WorkingCalendar> calendar : calendars) {
                    assertThat(calendar.get()).isSameAs(FrenchCalendars.forDepartment("973"));
                }
            } finally {
                pool.shutdownNow();
            }
        }

        @ParameterizedTest
        @ValueSource(
                strings = {
                    "01", "19", "21", "2A", "2B", "95", "971", "972", "973", "974", "975", "976",
                    "977", "978"
                })
        void acceptsEveryDepartment(String code) {
            assertThat(FrenchCalendars.forDepartment(code).firstYear())
                    .isEqualTo(FrenchCalendars.FIRST_YEAR);
        }

        @ParameterizedTest
        @CsvSource({
            "20, 'Not a French department code (01 to 95, 2A, 2B, 971 to 978): 20'",
            "00, 'Not a French department code (01 to 95, 2A, 2B, 971 to 978): 00'",
            "96, 'Not a French department code (01 to 95, 2A, 2B, 971 to 978): 96'",
            "2a, 'Not a French department code (01 to 95, 2A, 2B, 971 to 978): 2a'",
            "979, 'Not a French department code (01 to 95, 2A, 2B, 971 to 978): 979'",
            "987, 'This collectivity has its own law of public holidays, not supported: 987'",
            "988, 'This collectivity has its own law of public holidays, not supported: 988'"
        })
        void refusesOtherCodes(String code, String message) {
            assertThatThrownBy(() -> FrenchCalendars.forDepartment(code))
                    .isInstanceOf(IllegalArgumentException.class)
                    .hasMessage(message);
        }

        @Test
        void doesNotEchoLongInput() {
            assertThatThrownBy(() -> FrenchCalendars.forDepartment("rue de la Paix"))
                    .hasMessage(
                            "Not a French department code (01 to 95, 2A, 2B, 971 to 978):"
                                    + " (14 characters)");
        }
    }

    @Nested
    class Communes {

        @ParameterizedTest
        @CsvSource({
            "75056, 75",
            "75101, 75",
            "57463, 57",
            "2A004, 2A",
            "2B033, 2B",
            "97105, 971",
            "97411, 974",
            "97502, 975",
            "97611, 976",
            "97701, 977",
            "97801, 978",
            "98735, 987",
            "02285, 02" // associated commune now attached to department 59 (COG 2026)
        })
        void derivesTheDepartment(String commune, String department) {
            assertThat(FrenchCalendars.departmentOfCommune(commune)).isEqualTo(department);
        }

        @Test
        void givesTheCalendarOfTheDepartment() {
            assertThat(FrenchCalendars.forCommune("57463"))
                    .isSameAs(FrenchCalendars.forDepartment("57"));
            assertThat(FrenchCalendars.forCommune("97411"))
                    .isSameAs(FrenchCalendars.forDepartment("974"));
        }

        @ParameterizedTest
        @ValueSource(strings = {"", "7505", "750560", "2C004", "2a004", "A7505", "75 56"})
        void refusesMalformedCodes(String code) {
            assertThatThrownBy(() -> FrenchCalendars.forCommune(code))
                    .isInstanceOf(IllegalArgumentException.class)
                    .hasMessageStartingWith(
                            "A commune's INSEE code is five digits, or 2A or 2B and three"
                                    + " digits: ");
        }

        @Test
        void refusesCommunesWithTheirOwnHolidayLaw() {
            assertThatThrownBy(() -> FrenchCalendars.forCommune("98735"))
                    .isInstanceOf(IllegalArgumentException.class);
        }
    }

    @Nested
    class Zones {

        @ParameterizedTest
        @CsvSource({
            "75, Europe/Paris",
            "2B, Europe/Paris",
            "57, Europe/Paris",
            "971, America/Guadeloupe",
            "972, America/Martinique",
            "973, America/Cayenne",
            "974, Indian/Reunion",
            "975, America/Miquelon",
            "976, Indian/Mayotte",
            "977, America/St_Barthelemy",
            "978, America/Marigot"
        })
        void givesTheZoneOfEachDepartment(String department, String zone) {
            assertThat(FrenchCalendars.zoneForDepartment(department)).isEqualTo(ZoneId.of(zone));
        }

        @Test
        void givesTheZoneOfACommune() {
            assertThat(FrenchCalendars.zoneForCommune("97411"))
                    .isEqualTo(ZoneId.of("Indian/Reunion"));
        }
    }

    @Nested
    class Years {

        @Test
        void coversTwoThousandToTwentyOneHundred() {
            WorkingCalendar calendar = FrenchCalendars.forDepartment("75");

            assertThat(calendar.isWorkingDay(LocalDate.of(2000, 1, 3))).isTrue();
            assertThat(calendar.isWorkingDay(LocalDate.of(2100, 12, 31))).isTrue();
            assertThatThrownBy(() -> calendar.isWorkingDay(LocalDate.of(2101, 1, 3)))
                    .isInstanceOf(IllegalArgumentException.class)
                    .hasMessage("Date outside the calendar's years 2000..2100: 2101-01-03");
        }
    }
}
