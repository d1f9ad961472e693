package io.portail.examples.stories;

import static java.util.Objects.requireNonNull;

import io.portail.core.appointment.Agenda;
import io.portail.core.appointment.AntsAppointment;
import io.portail.core.appointment.AntsCheck;
import io.portail.core.appointment.AntsStatus;
import io.portail.core.appointment.Appointment;
import io.portail.core.appointment.AppointmentBook;
import io.portail.core.appointment.AppointmentText;
import io.portail.core.appointment.BookingResult;
import io.portail.core.appointment.BookingRules;
import io.portail.core.appointment.ICalendar;
import io.portail.core.appointment.InMemoryAntsStatusLookup;
import io.portail.core.appointment.Motive;
import io.portail.core.appointment.OpeningRange;
import io.portail.privacy.text.LocalizedText;
import java.io.PrintStream;
import java.time.Clock;
import java.time.DayOfWeek;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * Camille books a passport appointment: the first slot is full, the pre-application is already
 * booked in another town hall, then the booking goes through and a calendar file is attached.
 */
public final class AppointmentStory {
    private static final ZoneId PARIS = ZoneId.of("Europe/Paris");

    /** Monday 16 March 2026, 9:00 in Paris. */
    private static final Instant NOW = Instant.parse("2026-03-16T08:00:00Z");

    /** Friday 20 March 2026, 9:00 in Paris. */
    private static final Instant FRIDAY_9 = Instant.parse("2026-03-20T08:00:00Z");

    private static final String PRE_DEMANDE = "7G8H9J1K2L";

    private AppointmentStory() {}

    /**
     * Prints the story as the resident reads it.
     *
     * @param out where to print
     * @param locale the resident's language: English for an English locale, French otherwise
     */
    public static void run(PrintStream out, Locale locale) {
        requireNonNull(out, "out");
        requireNonNull(locale, "locale");
        Clock clock = Clock.fixed(NOW, PARIS);
        Agenda agenda = agenda();
        InMemoryAntsStatusLookup ants =
                InMemoryAntsStatusLookup.create()
                        .with("1A2B3C4D5E", AntsStatus.validated())
                        .with(
                                PRE_DEMANDE,
                                new AntsStatus(
                                        AntsStatus.State.VALIDATED,
                                        List.of(
                                                new AntsAppointment(
                                                        "Mairie de Villeneuve-Exemple",
                                                        Instant.parse("2026-03-24T13:30:00Z"),
                                                        "https://rdv.villeneuve-exemple.example/"
                                                                + "annuler"))));
        AppointmentBook book =
                AppointmentBook.of(
                        List.of(agenda), clock, AntsCheck.of(ants, Duration.ofSeconds(2), clock));
        book.book("passeports", FRIDAY_9, "resident-dominique", "1A2B3C4D5E");
        Instant nine20 = FRIDAY_9.plus(Duration.ofMinutes(20));

        out.println(
                text(
                        locale,
                        "Rendez-vous passeport à la mairie de Saint-Exemple",
                        "Passport appointment at Saint-Exemple town hall"));
        out.println(
                text(locale, "(le lundi 16 mars 2026 à 9 h)", "(on Monday 16 March 2026 at 9:00)"));
        out.println();
        out.println(
                text(
                        locale,
                        "Camille choisit le vendredi 20 mars 2026 à 9 h.",
                        "Camille picks Friday 20 March 2026 at 9:00."));
        show(out, book.book("passeports", FRIDAY_9, "resident-camille", PRE_DEMANDE), locale);
        out.println();
        out.println(
                text(
                        locale,
                        "Camille choisit 9 h 20 et donne son numéro de pré-demande.",
                        "Camille picks 9:20 and gives her pre-application number."));
        show(out, book.book("passeports", nine20, "resident-camille", PRE_DEMANDE), locale);
        out.println();
        out.println(
                text(
                        locale,
                        "Camille annule le rendez-vous de Villeneuve-Exemple, puis réessaie.",
                        "Camille cancels the Villeneuve-Exemple appointment, then tries again."));
        ants.with(PRE_DEMANDE, AntsStatus.validated());
        BookingResult<Appointment> booked =
                book.book("passeports", nine20, "resident-camille", PRE_DEMANDE);
        show(out, booked, locale);
        if (booked instanceof BookingResult.Done<Appointment> done) {
            out.println();
            out.println(
                    text(
                            locale,
                            "Fichier joint pour votre agenda (extrait) :",
                            "File attached for your calendar (extract):"));
            String file =
                    ICalendar.write(
                            done.value(),
                            agenda,
                            text(locale, "Rendez-vous passeport", "Passport appointment"),
                            "",
                            NOW,
                            "saint-exemple.example");
            String event =
                    file.substring(
                            file.indexOf("BEGIN:VEVENT"),
                            file.indexOf("END:VEVENT") + "END:VEVENT\r\n".length());
            out.print(event.replace("\r\n", "\n"));
        }
    }

    private static void show(PrintStream out, BookingResult<Appointment> result, Locale locale) {
        if (result instanceof BookingResult.Refused<Appointment> refused) {
            out.println("→ " + refused.refusal().message().in(locale));
        } else if (result instanceof BookingResult.Done<Appointment> done) {
            String prefix = "→ ";
            for (String line :
                    AppointmentText.confirmation(done.value(), agenda(), locale).split("\n")) {
                out.println(prefix + line);
                prefix = "  ";
            }
        }
    }

    private static Agenda agenda() {
        List<OpeningRange> opening =
                List.of(
                        new OpeningRange(
                                DayOfWeek.TUESDAY, LocalTime.of(9, 0), LocalTime.of(12, 0)),
                        new OpeningRange(
                                DayOfWeek.FRIDAY, LocalTime.of(9, 0), LocalTime.of(12, 0)));
        return new Agenda(
                "passeports",
                new LocalizedText("guichet des titres", "ID documents desk"),
                "Mairie de Saint-Exemple",
                "1 place de la Mairie, 45999 Saint-Exemple",
                new Motive("passport", new LocalizedText("passeport", "passport"), true),
                PARIS,
                opening,
                Set.of(),
                Duration.ofMinutes(20),
                1,
                new BookingRules(
                        Duration.ofHours(24),
                        Duration.ofDays(60),
                        Duration.ofHours(48),
                        Duration.ofHours(24),
                        Duration.ofMinutes(15)));
    }

    private static String text(Locale locale, String fr, String en) {
        return "en".equals(locale.getLanguage()) ? en : fr;
    }
}
