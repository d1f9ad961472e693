package io.portail.examples.stories;

import static java.util.Objects.requireNonNull;

import io.portail.core.report.CommuneArea;
import io.portail.core.report.DuplicateRule;
import io.portail.core.report.GeoPoint;
import io.portail.core.report.Open311;
import io.portail.core.report.Photo;
import io.portail.core.report.PhotoRules;
import io.portail.core.report.Report;
import io.portail.core.report.ReportCategory;
import io.portail.core.report.ReportDesk;
import io.portail.core.report.ReportLocation;
import io.portail.core.report.ReportStatus;
import io.portail.core.report.ReportText;
import io.portail.core.report.SubmitResult;
import io.portail.core.report.Suggestion;
import io.portail.privacy.text.LocalizedText;
import java.io.PrintStream;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.util.List;
import java.util.Locale;

/**
 * Sacha wants to report a pothole that a neighbour already reported, then reports a broken street
 * light and follows it until it is fixed; the town exports its reports as Open311.
 */
public final class ReportStory {
    private static final ZoneId PARIS = ZoneId.of("Europe/Paris");

    /** Monday 16 March 2026, 8:30 in Paris. */
    private static final Instant MONDAY = Instant.parse("2026-03-16T07:30:00Z");

    private static final GeoPoint SCHOOL = new GeoPoint(47.90290, 1.90920);

    private ReportStory() {}

    /**
     * Prints the story as the resident reads it.
     *
     * @param out where to print
     * @param locale the resident's language: English for an English locale, French otherwise
     */
    public static void run(PrintStream out, Locale locale) {
        requireNonNull(out, "out");
        requireNonNull(locale, "locale");
        MovableClock clock = new MovableClock(MONDAY);
        ReportDesk desk =
                ReportDesk.of(
                        "Saint-Exemple",
                        PARIS,
                        List.of(
                                new ReportCategory(
                                        "pothole", new LocalizedText("Nid-de-poule", "Pothole")),
                                new ReportCategory(
                                        "lighting",
                                        new LocalizedText("Éclairage public", "Street lighting")),
                                new ReportCategory(
                                        "litter",
                                        new LocalizedText("Dépôt sauvage", "Fly-tipping")),
                                new ReportCategory(
                                        "graffiti",
                                        new LocalizedText("Tag ou graffiti", "Graffiti"))),
                        new CommuneArea.Box(47.88, 1.88, 47.93, 1.95),
                        PhotoRules.usual(),
                        new DuplicateRule(50, 30),
                        clock);
        SubmitResult.Accepted first =
                (SubmitResult.Accepted)
                        desk.submit(
                                "pothole",
                                ReportLocation.at(SCHOOL),
                                "Trou profond devant l'école",
                                List.of(),
                                "resident-neighbour");
        desk.update(first.report().id(), ReportStatus.PLANNED, "Rebouchage prévu vendredi", null);
        clock.set(MONDAY.plus(Duration.ofDays(2)));

        out.println(
                text(
                        locale,
                        "Signaler un problème dans la rue, à Saint-Exemple",
                        "Report a problem in the street, in Saint-Exemple"));
        out.println(text(locale, "(le mercredi 18 mars 2026)", "(on Wednesday 18 March 2026)"));
        out.println();
        out.println(
                text(
                        locale,
                        "Sacha place le repère sur un nid-de-poule, à quelques mètres de l'école.",
                        "Sacha puts the marker on a pothole, a few metres from the school."));
        GeoPoint near = new GeoPoint(47.90305, 1.90925);
        for (Suggestion suggestion : desk.nearby("pothole", near)) {
            out.println("→ " + suggestion.message().in(locale));
        }
        out.println(
                text(
                        locale,
                        "C'est le même : Sacha n'envoie rien.",
                        "It is the same one: Sacha sends nothing."));
        out.println();
        out.println(
                text(
                        locale,
                        "Sacha signale aussi un lampadaire éteint, sans laisser son nom, avec une photo.",
                        "Sacha also reports a broken street light, without giving a name, with a photo."));
        SubmitResult.Accepted light =
                (SubmitResult.Accepted)
                        desk.submit(
                                "lighting",
                                new ReportLocation(
                                        new GeoPoint(47.90410, 1.91210), "rue des Tilleuls"),
                                "Lampadaire éteint depuis une semaine",
                                List.of(new Photo("image/jpeg", 2_400_000)),
                                null);
        Report report = light.report();
        ReportCategory lighting = desk.category("lighting").orElseThrow();
        out.println("→ " + ReportText.received(report, lighting).in(locale));
        out.println();
        out.println(
                text(
                        locale,
                        "Les jours suivants, Sacha suit son signalement :",
                        "Over the next days, Sacha follows the report:"));
        clock.set(MONDAY.plus(Duration.ofDays(3)));
        report = desk.update(report.id(), ReportStatus.IN_PROGRESS, "Ampoule commandée", null);
        out.println("→ " + ReportText.status(report).in(locale));
        clock.set(MONDAY.plus(Duration.ofDays(4)));
        report = desk.update(report.id(), ReportStatus.FIXED, "", null);
        out.println("→ " + ReportText.status(report).in(locale));
        out.println();
        out.println(
                text(
                        locale,
                        "La mairie publie ses signalements au format Open311 (statut détaillé entre"
                                + " crochets) :",
                        "The town hall publishes its reports as Open311 (detailed status in brackets):"));
        String json =
                Open311.write(
                        List.of(report),
                        desk,
                        PARIS,
                        "Mairie de Saint-Exemple, services techniques");
        out.println(json.replace("\r\n", "\n"));
    }

    private static String text(Locale locale, String fr, String en) {
        return "en".equals(locale.getLanguage()) ? en : fr;
    }

    /** A clock the story moves forward, day by day. */
    private static final class MovableClock extends Clock {
        private Instant now;

        MovableClock(Instant now) {
            this.now = now;
        }

        void set(Instant instant) {
            now = instant;
        }

        @Override
        public ZoneId getZone() {
            return PARIS;
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
}
