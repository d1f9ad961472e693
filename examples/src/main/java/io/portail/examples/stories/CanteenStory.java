package io.portail.examples.stories;

import static java.util.Objects.requireNonNull;

import io.portail.core.calendar.WorkingCalendar;
import io.portail.core.calendar.fr.FrenchCalendars;
import io.portail.core.canteen.AllergyPlan;
import io.portail.core.canteen.Canteen;
import io.portail.core.canteen.CanteenRules;
import io.portail.core.canteen.ChildId;
import io.portail.core.canteen.Closure;
import io.portail.core.canteen.CutOff;
import io.portail.core.canteen.FamilyAccount;
import io.portail.core.canteen.KitchenSheet;
import io.portail.core.canteen.Outcome;
import io.portail.core.canteen.PriceGrid;
import io.portail.core.canteen.Statement;
import io.portail.core.canteen.fr.SocialTariff;
import io.portail.privacy.text.LocalizedText;
import java.io.PrintStream;
import java.time.Clock;
import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.YearMonth;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.OptionalInt;

/**
 * Canteen reservations at Saint-Exemple in March 2026: bookings, a cancellation just before the
 * cut-off (accepted) and one just after (refused and billed), closures, the monthly statement and
 * the kitchen's sheet with an allergy plan.
 */
public final class CanteenStory {

    private static final ZoneId PARIS = ZoneId.of("Europe/Paris");
    private static final ChildId CHILD = ChildId.of("E-0001");

    /** Saint-Exemple's invented price grid, eligible for the State's "cantine à 1 euro" aid. */
    static final PriceGrid PRICES =
            PriceGrid.builder()
                    .upTo(500, 50)
                    .upTo(1000, 100)
                    .upTo(1500, 280)
                    .upTo(2000, 380)
                    .above(450)
                    .build();

    private CanteenStory() {}

    /** A clock the story moves forward, in Paris local time. */
    private static final class StoryClock extends Clock {
        private Instant now = Instant.EPOCH;

        void set(LocalDateTime local) {
            now = local.atZone(PARIS).toInstant();
        }

        @Override
        public ZoneId getZone() {
            return ZoneOffset.UTC;
        }

        @Override
        public Clock withZone(ZoneId zone) {
            return this;
        }

        @Override
        public Instant instant() {
            return now;
        }
    }

    /**
     * Prints the story.
     *
     * @param out where to print
     * @param locale the resident's language: English, or French otherwise
     */
    public static void run(PrintStream out, Locale locale) {
        requireNonNull(out, "out");
        requireNonNull(locale, "locale");
        WorkingCalendar calendar = FrenchCalendars.forCommune("45999");
        CanteenRules rules =
                CanteenRules.builder(calendar)
                        .cutOffs(
                                CutOff.weekly(DayOfWeek.THURSDAY, LocalTime.NOON),
                                CutOff.workingDaysBefore(2, LocalTime.of(10, 0), calendar))
                        .closure(
                                new Closure(
                                        LocalDate.of(2026, 4, 11),
                                        LocalDate.of(2026, 4, 26),
                                        new LocalizedText(
                                                "vacances de printemps", "spring holidays")))
                        .capacity(120)
                        .prices(PRICES)
                        .build();
        StoryClock clock = new StoryClock();
        Canteen canteen = new Canteen(rules, clock);
        FamilyAccount family = new FamilyAccount("F-2026-17", List.of(CHILD), OptionalInt.of(850));

        out.println(new LocalizedText("Cantine scolaire", "School canteen").in(locale));
        out.println("=".repeat(72));
        out.println(
                new LocalizedText(
                                "Réservez avant le jeudi 12 h pour la semaine suivante."
                                        + " Annulez avant 10 h, deux jours ouvrés avant le repas.",
                                "Book before Thursday 12:00 for the following week. Cancel"
                                        + " before 10:00, two working days before the meal.")
                        .in(locale));
        out.println(
                new LocalizedText(
                                "Avec un quotient familial de 850, le repas coûte "
                                        + euros(PRICES.priceFor(850), locale)
                                        + (SocialTariff.qualifies(PRICES)
                                                ? " (tarif social de la cantine à 1 euro)."
                                                : "."),
                                "With a quotient familial of 850, a meal costs "
                                        + euros(PRICES.priceFor(850), locale)
                                        + (SocialTariff.qualifies(PRICES)
                                                ? " (the one-euro canteen social price)."
                                                : "."))
                        .in(locale));

        LocalDate monday = LocalDate.of(2026, 3, 16);
        at(out, locale, clock, LocalDateTime.of(2026, 3, 9, 18, 30));
        for (int day = 0; day < 5; day++) {
            show(out, locale, canteen.book(CHILD, monday.plusDays(day)));
        }
        show(out, locale, canteen.book(CHILD, LocalDate.of(2026, 4, 13)));

        at(out, locale, clock, LocalDateTime.of(2026, 3, 12, 10, 1));
        show(out, locale, canteen.cancel(CHILD, monday));

        at(out, locale, clock, LocalDateTime.of(2026, 3, 17, 9, 59));
        show(out, locale, canteen.cancel(CHILD, monday.plusDays(3)));

        KitchenSheet sheet =
                canteen.kitchenSheet(
                        monday,
                        Map.of(CHILD, AllergyPlan.of(CHILD, "Allergie aux fruits à coque")));
        out.println();
        out.println(
                new LocalizedText("Fiche de la cuisine, ", "Kitchen sheet, ").in(locale)
                        + dayFormat(locale, "EEEE d MMMM uuuu").format(monday)
                        + new LocalizedText(" : ", ": ").in(locale)
                        + sheet.meals()
                        + new LocalizedText(" repas", sheet.meals() == 1 ? " meal" : " meals")
                                .in(locale));
        for (KitchenSheet.Entry entry : sheet.entries()) {
            LocalizedText note = entry.note();
            out.println(
                    "- " + entry.child() + (note == null ? "" : colon(locale) + note.in(locale)));
        }

        Statement statement = canteen.statement(family, YearMonth.of(2026, 3));
        out.println();
        out.println(
                new LocalizedText("Relevé de mars 2026", "Statement for March 2026").in(locale));
        DateTimeFormatter day = dayFormat(locale, "EEEE d MMMM");
        for (Statement.Line line : statement.lines()) {
            out.println(
                    "- "
                            + day.format(line.day())
                            + ", "
                            + line.child()
                            + colon(locale)
                            + euros(line.priceCents(), locale));
        }
        out.println(
                new LocalizedText("Total : ", "Total: ").in(locale)
                        + euros(statement.totalCents(), locale));
    }

    private static void at(PrintStream out, Locale locale, StoryClock clock, LocalDateTime when) {
        clock.set(when);
        DateTimeFormatter format = dayFormat(locale, "EEEE d MMMM uuuu, HH:mm");
        out.println();
        out.println("[" + format.format(when) + "]");
    }

    private static void show(PrintStream out, Locale locale, Outcome outcome) {
        LocalizedText mark =
                outcome.isDone()
                        ? new LocalizedText("Accepté. ", "Done. ")
                        : new LocalizedText("Refusé. ", "Refused. ");
        out.println(mark.in(locale) + outcome.message().in(locale));
    }

    /** French typography puts a space before a colon; English does not. */
    private static String colon(Locale locale) {
        return "en".equals(locale.getLanguage()) ? ": " : " : ";
    }

    private static DateTimeFormatter dayFormat(Locale locale, String pattern) {
        return DateTimeFormatter.ofPattern(
                pattern, "en".equals(locale.getLanguage()) ? Locale.ENGLISH : Locale.FRENCH);
    }

    private static String euros(long cents, Locale locale) {
        String units = Long.toString(cents / 100);
        String hundredths = String.format(Locale.ROOT, "%02d", cents % 100);
        return "en".equals(locale.getLanguage())
                ? "€" + units + "." + hundredths
                : units + "," + hundredths + " €";
    }
}
