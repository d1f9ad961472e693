package io.portail.examples.stories;

import static java.util.Objects.requireNonNull;

import io.portail.core.civilstatus.CivilStatusRequest;
import io.portail.core.civilstatus.Decision;
import io.portail.core.civilstatus.DocumentKind;
import io.portail.core.civilstatus.EventPlace;
import io.portail.core.civilstatus.RecordKind;
import io.portail.core.civilstatus.Relation;
import io.portail.core.civilstatus.fr.FrenchCivilStatusRules;
import io.portail.privacy.text.LocalizedText;
import java.io.PrintStream;
import java.util.Locale;

/**
 * Civil-status requests at Saint-Exemple: an extract open to anyone, a full copy refused to someone
 * unrelated (case F17), a record from abroad, a death record.
 */
public final class CivilStatusStory {

    private static final EventPlace SAINT_EXEMPLE = EventPlace.commune("45999", "Saint-Exemple");

    private CivilStatusStory() {}

    /**
     * Prints the story.
     *
     * @param out where to print
     * @param locale the resident's language: English, or French otherwise
     */
    public static void run(PrintStream out, Locale locale) {
        requireNonNull(out, "out");
        requireNonNull(locale, "locale");
        out.println(
                new LocalizedText(
                                "État civil : qui peut obtenir quel document",
                                "Civil status: who may obtain which document")
                        .in(locale));
        out.println("=".repeat(72));
        tell(
                out,
                locale,
                1,
                new LocalizedText(
                        "Une voisine demande un extrait sans filiation de l'acte de naissance d'une"
                                + " personne née à Saint-Exemple.",
                        "A neighbour asks for an extract without parents' names of the birth record"
                                + " of a person born in Saint-Exemple."),
                new CivilStatusRequest(
                        RecordKind.BIRTH,
                        DocumentKind.EXTRACT_WITHOUT_PARENTS,
                        Relation.UNRELATED,
                        SAINT_EXEMPLE));
        tell(
                out,
                locale,
                2,
                new LocalizedText(
                        "La même voisine demande la copie intégrale du même acte.",
                        "The same neighbour asks for the full copy of the same record."),
                new CivilStatusRequest(
                        RecordKind.BIRTH,
                        DocumentKind.FULL_COPY,
                        Relation.UNRELATED,
                        SAINT_EXEMPLE));
        tell(
                out,
                locale,
                3,
                new LocalizedText(
                        "Un habitant né à l'étranger de parents français demande la copie intégrale"
                                + " de son propre acte de naissance.",
                        "A resident born abroad to French parents asks for the full copy of their"
                                + " own birth record."),
                new CivilStatusRequest(
                        RecordKind.BIRTH,
                        DocumentKind.FULL_COPY,
                        Relation.SELF,
                        EventPlace.abroad()));
        tell(
                out,
                locale,
                4,
                new LocalizedText(
                        "Un généalogiste demande la copie intégrale d'un acte de décès dressé à"
                                + " Saint-Exemple.",
                        "A genealogist asks for the full copy of a death record drawn up in"
                                + " Saint-Exemple."),
                new CivilStatusRequest(
                        RecordKind.DEATH,
                        DocumentKind.FULL_COPY,
                        Relation.UNRELATED,
                        SAINT_EXEMPLE));
    }

    private static void tell(
            PrintStream out,
            Locale locale,
            int number,
            LocalizedText situation,
            CivilStatusRequest request) {
        Decision decision = FrenchCivilStatusRules.instance().decide(request);
        out.println();
        out.println(number + ". " + situation.in(locale));
        if (decision instanceof Decision.Allowed allowed) {
            out.println(new LocalizedText("Réponse : accepté.", "Answer: allowed.").in(locale));
            out.println(
                    new LocalizedText("Le document est délivré par : ", "Issued by: ").in(locale)
                            + allowed.office().name().in(locale)
                            + ".");
            if (allowed.feeCents() == 0) {
                out.println(
                        new LocalizedText("C'est gratuit.", "It is free of charge.").in(locale));
            }
            out.println("(" + allowed.source().in(locale) + ")");
        } else if (decision instanceof Decision.Refused refused) {
            out.println(new LocalizedText("Réponse : refusé.", "Answer: refused.").in(locale));
            out.println(refused.reason().in(locale));
            out.println("(" + refused.source().in(locale) + ")");
        }
    }
}
