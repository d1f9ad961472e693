package io.portail.core.canteen;

import io.portail.core.calendar.WorkingCalendar;
import io.portail.core.calendar.fr.FrenchCalendars;
import io.portail.privacy.text.LocalizedText;
import java.time.Clock;
import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZoneOffset;

/** Invented canteen rules of Saint-Exemple for tests. */
final class SaintExempleCanteen {
    static final ZoneId PARIS = ZoneId.of("Europe/Paris");
    static final WorkingCalendar CALENDAR = FrenchCalendars.forCommune("45999");
    static final LocalizedText SPRING =
            new LocalizedText("vacances de printemps", "spring holidays");
    static final PriceGrid PRICES =
            PriceGrid.builder()
                    .upTo(500, 50)
                    .upTo(1000, 100)
                    .upTo(1500, 280)
                    .upTo(2000, 380)
                    .above(450)
                    .build();

    private SaintExempleCanteen() {}

    static CanteenRules.Builder rules() {
        return CanteenRules.builder(CALENDAR)
                .cutOffs(
                        CutOff.weekly(DayOfWeek.THURSDAY, LocalTime.NOON),
                        CutOff.workingDaysBefore(2, LocalTime.of(10, 0), CALENDAR))
                .closure(new Closure(LocalDate.of(2026, 4, 11), LocalDate.of(2026, 4, 26), SPRING))
                .capacity(120)
                .prices(PRICES);
    }

    static Clock at(String instant) {
        return Clock.fixed(Instant.parse(instant), ZoneOffset.UTC);
    }
}
