package io.portail.core.calendar.fr;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.DayOfWeek;
import java.time.LocalDate;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Anonymous Gregorian algorithm (Meeus, Astronomical Algorithms; Jones and Butcher, 1876). */
class EasterTests {

    @Nested
    class KnownDates {

        @ParameterizedTest
        @CsvSource({
            "1583, 1583-04-10",
            "1818, 1818-03-22", // earliest possible date
            "1943, 1943-04-25", // latest possible date
            "1954, 1954-04-18",
            "1981, 1981-04-19",
            "2000, 2000-04-23",
            "2008, 2008-03-23",
            "2011, 2011-04-24",
            "2019, 2019-04-21",
            "2024, 2024-03-31",
            "2025, 2025-04-20",
            "2026, 2026-04-05",
            "2027, 2027-03-28",
            "2038, 2038-04-25",
            "2100, 2100-03-28",
            "2285, 2285-03-22"
        })
        void matchesPublishedEasterDates(int year, String easter) {
            assertThat(Easter.sunday(year)).isEqualTo(LocalDate.parse(easter));
        }

        @Test
        void isAlwaysASundayBetween22MarchAnd25April() {
            for (int year = 1583; year <= 9999; year++) {
                LocalDate easter = Easter.sunday(year);
                assertThat(easter.getDayOfWeek()).isEqualTo(DayOfWeek.SUNDAY);
                assertThat(easter).isBetween(LocalDate.of(year, 3, 22), LocalDate.of(year, 4, 25));
            }
        }
    }

    @Nested
    class Range {

        @Test
        void refusesYearsBeforeTheGregorianCalendar() {
            assertThatThrownBy(() -> Easter.sunday(1582))
                    .isInstanceOf(IllegalArgumentException.class)
                    .hasMessage("Easter is computed for Gregorian years 1583..9999: 1582");
        }
    }
}
