package io.portail.examples.stories;

import static java.util.Objects.requireNonNull;

import io.portail.core.school.NumberRange;
import io.portail.core.school.SchoolYear;
import io.portail.core.school.Sector;
import io.portail.core.school.SectorMap;
import io.portail.core.school.fr.DerogationGround;
import io.portail.core.school.fr.FrenchSchoolingRules;
import io.portail.core.school.fr.RegistrationDocument;
import io.portail.privacy.text.LocalizedText;
import java.io.PrintStream;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import java.util.Optional;

/**
 * School registration at Saint-Exemple: when school starts for a child born on 31 December 2022
 * (case F16), the school of an address, the documents asked for, and requests for another school.
 */
public final class SchoolStory {

    /** Saint-Exemple's invented sector map. */
    static final SectorMap SECTORS =
            SectorMap.builder()
                    .add(
                            "rue de l'Église",
                            NumberRange.odd(1, 99),
                            new Sector("tilleuls", "École des Tilleuls"))
                    .add(
                            "rue de l'Église",
                            NumberRange.even(2, 98),
                            new Sector("moulin", "École du Moulin"))
                    .add(
                            "avenue du Général Leclerc",
                            NumberRange.allNumbers(),
                            new Sector("tilleuls", "École des Tilleuls"))
                    .build();

    private SchoolStory() {}

    /**
     * Prints the story.
     *
     * @param out where to print
     * @param locale the resident's language: English, or French otherwise
     */
    public static void run(PrintStream out, Locale locale) {
        requireNonNull(out, "out");
        requireNonNull(locale, "locale");
        boolean english = "en".equals(locale.getLanguage());
        FrenchSchoolingRules rules = FrenchSchoolingRules.instance();
        out.println(new LocalizedText("Inscription à l'école", "School registration").in(locale));
        out.println("=".repeat(72));

        LocalDate birth = LocalDate.of(2022, 12, 31);
        SchoolYear start = rules.compulsoryFrom(birth);
        String born =
                DateTimeFormatter.ofPattern("d MMMM uuuu", english ? Locale.ENGLISH : Locale.FRENCH)
                        .format(birth);
        out.println();
        out.println(
                new LocalizedText(
                                "Votre enfant est né le "
                                        + born
                                        + ". L'école est obligatoire pour lui à partir de la"
                                        + " rentrée de septembre "
                                        + start.startYear()
                                        + " (année scolaire "
                                        + start
                                        + ").",
                                "Your child was born on "
                                        + born
                                        + ". School is compulsory for them from the September "
                                        + start.startYear()
                                        + " school start (school year "
                                        + start
                                        + ").")
                        .in(locale));
        for (SchoolYear year = SchoolYear.startingIn(2024);
                year.startYear() <= 2026;
                year = year.next()) {
            SchoolYear shown = year;
            rules.expectedLevel(birth, year)
                    .ifPresent(
                            level ->
                                    out.println(
                                            "- "
                                                    + shown
                                                    + colon(locale)
                                                    + level.label().in(locale)
                                                    + (level.isNursery()
                                                                    && shown.compareTo(start) < 0
                                                            ? new LocalizedText(
                                                                            ", si l'école a de la"
                                                                                    + " place",
                                                                            ", if the school has"
                                                                                    + " room")
                                                                    .in(locale)
                                                            : "")));
        }

        out.println();
        out.println(new LocalizedText("Votre école de secteur", "Your area's school").in(locale));
        school(out, locale, 12, "rue de l’Eglise");
        school(out, locale, 7, "Av. du Général-Leclerc");
        school(out, locale, 3, "rue des Lilas");

        out.println();
        out.println(
                new LocalizedText(
                                "Les seuls documents que la mairie peut vous demander :",
                                "The only documents the town hall may ask you for:")
                        .in(locale));
        for (RegistrationDocument document : RegistrationDocument.values()) {
            out.println("- " + document.label().in(locale) + ".");
            out.println("  " + document.swornStatement().in(locale));
        }

        out.println();
        out.println(
                new LocalizedText(
                                "Demander une école d'une autre commune",
                                "Asking for a school in another commune")
                        .in(locale));
        for (DerogationGround ground : DerogationGround.values()) {
            out.println(
                    "- "
                            + ground.label().in(locale)
                            + colon(locale)
                            + (ground.isOfRight()
                                            ? new LocalizedText(
                                                    "votre commune ne peut pas refuser de participer aux"
                                                            + " frais",
                                                    "your home commune cannot refuse to share the cost")
                                            : new LocalizedText(
                                                    "il faut l'accord du maire de votre commune",
                                                    "your home commune's mayor must agree"))
                                    .in(locale)
                            + " ("
                            + ground.source().in(locale)
                            + ").");
        }
    }

    /** French typography puts a space before a colon; English does not. */
    private static String colon(Locale locale) {
        return "en".equals(locale.getLanguage()) ? ": " : " : ";
    }

    private static void school(PrintStream out, Locale locale, int number, String street) {
        Optional<Sector> sector = SECTORS.sectorOf(number, street);
        String address = number + " " + street;
        out.println(
                sector.map(
                                s ->
                                        new LocalizedText(
                                                "- " + address + colon(locale) + s.school() + ".",
                                                "- " + address + ": " + s.school() + "."))
                        .orElse(
                                new LocalizedText(
                                        "- "
                                                + address
                                                + " : cette adresse n'est pas sur la carte"
                                                + " scolaire. Le service des affaires scolaires"
                                                + " vous indiquera votre école.",
                                        "- "
                                                + address
                                                + ": this address is not on the school map. The"
                                                + " school office will tell you your school."))
                        .in(locale));
    }
}
