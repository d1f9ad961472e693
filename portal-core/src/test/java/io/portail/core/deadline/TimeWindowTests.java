package io.portail.core.deadline;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class TimeWindowTests {

    private static final ZoneId PARIS = ZoneId.of("Europe/Paris");

    @Nested
    class LastDays {

        /** Case F12: asked at 02:30 in Paris, a week after the change to summer time. */
        @Test
        void countsInInstantsAcrossTheDaylightSavingGap() {
            Instant now = Instant.parse("2026-04-05T00:30:00Z");

            TimeWindow window = TimeWindow.lastDays(7, now);

            assertThat(window.start()).isEqualTo(Instant.parse("2026-03-29T00:30:00Z"));
            assertThat(window.end()).isEqualTo(now.plusNanos(1));
            assertThat(window.duration()).isEqualTo(Duration.ofHours(7 * 24).plusNanos(1));
            assertThat(LocalDate.ofInstant(now, PARIS)).isEqualTo(LocalDate.of(2026, 4, 5));
        }

        @Test
        void includesBothTheStartAndNow() {
            Instant now = Instant.parse("2026-04-05T00:30:00Z");

            TimeWindow window = TimeWindow.lastDays(1, now);

            assertThat(window.contains(Instant.parse("2026-04-04T00:30:00Z"))).isTrue();
            assertThat(window.contains(Instant.parse("2026-04-05T00:29:59Z"))).isTrue();
            assertThat(window.contains(now)).isTrue();
            assertThat(window.contains(now.plusNanos(1))).isFalse();
            assertThat(window.contains(Instant.parse("2026-04-04T00:29:59.999999999Z"))).isFalse();
        }

        @Test
        void refusesAWindowEndingAfterTheLatestInstant() {
            assertThatThrownBy(() -> TimeWindow.lastDays(1, Instant.MAX))
                    .isInstanceOf(IllegalArgumentException.class)
                    .hasMessage("The window would end after the latest instant");
        }

        @Test
        void refusesAWindowStartingBeforeTheEarliestInstant() {
            assertThatThrownBy(() -> TimeWindow.lastDays(1, Instant.MIN))
                    .isInstanceOf(IllegalArgumentException.class)
                    .hasMessage("The window would start before the earliest instant: 1 days");
        }

        @Test
        void refusesANumberOfDaysThatIsNotPositive() {
            assertThatThrownBy(() -> TimeWindow.lastDays(0, Instant.EPOCH))
                    .isInstanceOf(IllegalArgumentException.class)
                    .hasMessage("The number of days must be positive: 0");
        }
    }

    @Nested
    class LegalDays {

        @ParameterizedTest(name = "{0} in {1}")
        @CsvSource({
            // Summer time starts on 29 March 2026 at 02:00 in Paris: a day of 23 hours.
            "2026-03-29, Europe/Paris, 2026-03-28T23:00:00Z, 2026-03-29T22:00:00Z, 23",
            // Summer time ends on 25 October 2026 at 03:00 in Paris: a day of 25 hours.
            "2026-10-25, Europe/Paris, 2026-10-24T22:00:00Z, 2026-10-25T23:00:00Z, 25",
            "2026-03-30, Europe/Paris, 2026-03-29T22:00:00Z, 2026-03-30T22:00:00Z, 24",
            // No summer time in La Réunion (UTC+4) nor in Guadeloupe (UTC-4).
            "2026-03-29, Indian/Reunion, 2026-03-28T20:00:00Z, 2026-03-29T20:00:00Z, 24",
            "2026-03-29, America/Guadeloupe, 2026-03-29T04:00:00Z, 2026-03-30T04:00:00Z, 24"
        })
        void spanTheInstantsOfTheDayInTheZone(
                String date, String zone, String start, String end, int hours) {
            TimeWindow day = TimeWindow.ofDay(LocalDate.parse(date), ZoneId.of(zone));

            assertThat(day.start()).isEqualTo(Instant.parse(start));
            assertThat(day.end()).isEqualTo(Instant.parse(end));
            assertThat(day.duration()).isEqualTo(Duration.ofHours(hours));
        }

        @ParameterizedTest(name = "{0} is {1} in Paris")
        @CsvSource({
            "2026-03-28T22:59:59Z, 2026-03-28",
            "2026-03-28T23:00:00Z, 2026-03-29",
            "2026-03-29T00:59:59Z, 2026-03-29", // 01:59:59 winter time
            "2026-03-29T01:00:00Z, 2026-03-29", // 03:00 summer time
            "2026-03-29T21:59:59Z, 2026-03-29",
            "2026-03-29T22:00:00Z, 2026-03-30",
            "2026-10-24T21:59:59Z, 2026-10-24",
            "2026-10-24T22:00:00Z, 2026-10-25",
            "2026-10-25T00:30:00Z, 2026-10-25", // 02:30 summer time
            "2026-10-25T01:30:00Z, 2026-10-25", // 02:30 again, winter time
            "2026-10-25T22:59:59Z, 2026-10-25",
            "2026-10-25T23:00:00Z, 2026-10-26"
        })
        void giveTheLegalDateOfAnInstantThroughTheZone(String instant, String date) {
            Instant at = Instant.parse(instant);
            LocalDate legal = LocalDate.parse(date);

            assertThat(LocalDate.ofInstant(at, PARIS)).isEqualTo(legal);
            assertThat(TimeWindow.ofDay(legal, PARIS).contains(at)).isTrue();
        }

        @Test
        void refusesAnEndBeforeTheStart() {
            assertThatThrownBy(() -> new TimeWindow(Instant.ofEpochSecond(1), Instant.EPOCH))
                    .isInstanceOf(IllegalArgumentException.class);
        }
    }
}
