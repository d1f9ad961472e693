package io.portail.core.appointment;

import static io.portail.core.appointment.Fixtures.PARIS;
import static io.portail.core.appointment.Fixtures.PASSPORT;
import static io.portail.core.appointment.Fixtures.RULES;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.portail.privacy.text.LocalizedText;
import java.time.DayOfWeek;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

class AgendaTests {

    private static Agenda sundayNight(Duration slot) {
        return new Agenda(
                "night-desk",
                LocalizedText.same("Guichet"),
                "Mairie de Saint-Exemple",
                "1 place de la Mairie",
                PASSPORT,
                PARIS,
                List.of(new OpeningRange(DayOfWeek.SUNDAY, LocalTime.of(1, 0), LocalTime.of(4, 0))),
                Set.of(),
                slot,
                1,
                RULES);
    }

    @Nested
    class Slots {
        @Test
        void layOutSlotsFromEachOpeningRange() {
            Agenda agenda = Fixtures.agenda("titres", PASSPORT, 1);

            List<Instant> starts = agenda.slotStarts(LocalDate.of(2026, 3, 20));

            assertThat(starts).hasSize(9);
            assertThat(starts.get(0)).isEqualTo(Instant.parse("2026-03-20T08:00:00Z"));
            assertThat(starts.get(8)).isEqualTo(Instant.parse("2026-03-20T10:40:00Z"));
        }

        @Test
        void giveNoSlotOnAClosureOrAClosedDay() {
            Agenda agenda = Fixtures.agenda("titres", PASSPORT, 1);

            assertThat(agenda.slotStarts(LocalDate.of(2026, 4, 6))).isEmpty();
            assertThat(agenda.slotStarts(LocalDate.of(2026, 3, 22))).isEmpty();
        }

        /**
         * Europe/Paris skips 02:00-03:00 on 29 March 2026: no slot at a time that does not exist.
         */
        @Test
        void skipLocalTimesInTheSpringGap() {
            List<Instant> starts =
                    sundayNight(Duration.ofMinutes(30)).slotStarts(LocalDate.of(2026, 3, 29));

            assertThat(starts)
                    .containsExactly(
                            Instant.parse("2026-03-29T00:00:00Z"),
                            Instant.parse("2026-03-29T00:30:00Z"),
                            Instant.parse("2026-03-29T01:00:00Z"),
                            Instant.parse("2026-03-29T01:30:00Z"));
        }

        /**
         * 02:00-03:00 happens twice on 25 October 2026: each slot once, at its first occurrence.
         */
        @Test
        void giveOneSlotForLocalTimesInTheAutumnOverlap() {
            List<Instant> starts =
                    sundayNight(Duration.ofHours(1)).slotStarts(LocalDate.of(2026, 10, 25));

            assertThat(starts)
                    .containsExactly(
                            Instant.parse("2026-10-24T23:00:00Z"),
                            Instant.parse("2026-10-25T00:00:00Z"),
                            Instant.parse("2026-10-25T02:00:00Z"));
        }
    }

    @Nested
    class Checks {
        @Test
        void refuseACapacityOutOfBounds() {
            assertThatThrownBy(() -> Fixtures.agenda("titres", PASSPORT, 0))
                    .isInstanceOf(IllegalArgumentException.class)
                    .hasMessage("A slot takes from 1 to 100 residents: 0");
        }

        @Test
        void refuseAHorizonWithinTheMinimumNotice() {
            assertThatThrownBy(
                            () ->
                                    new BookingRules(
                                            Duration.ofDays(2),
                                            Duration.ofDays(1),
                                            Duration.ZERO,
                                            Duration.ZERO,
                                            Duration.ofMinutes(15)))
                    .isInstanceOf(IllegalArgumentException.class)
                    .hasMessage("The horizon reaches beyond the minimum notice");
        }
    }
}
