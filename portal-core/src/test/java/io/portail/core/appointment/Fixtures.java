package io.portail.core.appointment;

import io.portail.privacy.text.LocalizedText;
import java.time.DayOfWeek;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/** An invented town hall's agendas, shared by the tests of this package. */
final class Fixtures {
    static final ZoneId PARIS = ZoneId.of("Europe/Paris");

    /** Monday 16 March 2026, 9:00 in Paris. */
    static final Instant NOW = Instant.parse("2026-03-16T08:00:00Z");

    /** Friday 20 March 2026, 9:00 in Paris. */
    static final Instant FRIDAY_9 = Instant.parse("2026-03-20T08:00:00Z");

    static final Motive PASSPORT =
            new Motive("passport", new LocalizedText("Passeport", "Passport"), true);

    static final Motive CIVIL_WEDDING_FILE =
            new Motive(
                    "wedding-file",
                    new LocalizedText("Dépôt de dossier de mariage", "Wedding file"),
                    false);

    static final BookingRules RULES =
            new BookingRules(
                    Duration.ofHours(24),
                    Duration.ofDays(60),
                    Duration.ofHours(48),
                    Duration.ofHours(24),
                    Duration.ofMinutes(15));

    private Fixtures() {}

    static Agenda agenda(String id, Motive motive, int capacity) {
        List<OpeningRange> opening = new ArrayList<>();
        for (DayOfWeek day :
                List.of(
                        DayOfWeek.MONDAY,
                        DayOfWeek.TUESDAY,
                        DayOfWeek.WEDNESDAY,
                        DayOfWeek.THURSDAY,
                        DayOfWeek.FRIDAY)) {
            opening.add(new OpeningRange(day, LocalTime.of(9, 0), LocalTime.of(12, 0)));
        }
        return new Agenda(
                id,
                new LocalizedText("Guichet titres", "ID desk"),
                "Mairie de Saint-Exemple",
                "1 place de la Mairie, 45999 Saint-Exemple",
                motive,
                PARIS,
                opening,
                Set.of(LocalDate.of(2026, 4, 6)),
                Duration.ofMinutes(20),
                capacity,
                RULES);
    }

    static AppointmentBook book(MutableClock clock, AntsStatusLookup lookup, Agenda... agendas) {
        return AppointmentBook.of(
                List.of(agendas), clock, AntsCheck.of(lookup, Duration.ofSeconds(2), clock));
    }
}
