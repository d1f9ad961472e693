package io.portail.core.civilstatus.fr;

import static java.util.Objects.requireNonNull;

import io.portail.core.civilstatus.CivilStatusRequest;
import io.portail.core.civilstatus.CivilStatusRules;
import io.portail.core.civilstatus.Decision;
import io.portail.core.civilstatus.DocumentKind;
import io.portail.core.civilstatus.EventPlace;
import io.portail.core.civilstatus.Office;
import io.portail.core.civilstatus.RecordKind;
import io.portail.core.civilstatus.Relation;
import io.portail.privacy.text.LocalizedText;
import java.util.EnumSet;
import java.util.Set;

/**
 * Who may obtain which civil-status document in France, and from which office (décret 2017-890 of 6
 * May 2017, titre II, "de la publicité des actes de l'état civil").
 *
 * <ul>
 *   <li>Full copy of a birth or marriage record (art. 30): the person the record concerns if adult
 *       or emancipated, their spouse, ascendants, descendants and legal representative, the public
 *       prosecutor, and the professionals and administrations a law or regulation authorises.
 *       Anyone else needs the prosecutor's authorisation, which this library does not model.
 *   <li>Extract with the parents' names of a birth or marriage record (art. 32): the same persons.
 *   <li>Extract without the parents' names of a birth or marriage record (art. 33): anyone.
 *   <li>Any document drawn from a death record (art. 31): anyone.
 *   <li>Multilingual extract (CIEC convention no. 16): it shows the parents' names, so it follows
 *       the rule of the extract with the parents' names for birth and marriage records, and is open
 *       to anyone for death records.
 * </ul>
 *
 * <p>The office is the civil-status office of the commune where the event took place; for an event
 * abroad, the Service central d'état civil of the Ministry of Foreign Affairs in Nantes, which
 * keeps the records of French nationals drawn up or transcribed abroad (Code civil art. 48, décret
 * 65-422). Delivery is free of charge (décret 2017-890, titre II).
 *
 * <p>Choices, documented: an heir who is not also a spouse, ascendant or descendant, and a brother
 * or sister, are not among the persons of art. 30 and are refused the restricted documents; a civil
 * partner (PACS) is not a spouse. A death record may also be asked at the commune of the deceased's
 * last home (Code civil art. 80); this class answers with the commune of the event only. The
 * communication of records as public archives, open to anyone 75 years after the register was
 * closed (Code du patrimoine art. L213-2, I, 4°, e), is a different procedure, not modelled; so is
 * the public prosecutor's authorisation given to other requesters. Immutable and thread-safe.
 */
public final class FrenchCivilStatusRules implements CivilStatusRules {

    /** The office for events abroad: Service central d'état civil, Nantes. */
    public static final Office CENTRAL_SERVICE =
            new Office(
                    "scec",
                    new LocalizedText(
                            "Service central d'état civil du ministère des Affaires étrangères,"
                                    + " à Nantes",
                            "Central civil status office of the Ministry of Foreign Affairs, in"
                                    + " Nantes"));

    // Décret 2017-890 art. 30: the persons who may obtain a full copy of a birth or marriage
    // record.
    private static final Set<Relation> CLOSE =
            EnumSet.of(
                    Relation.SELF,
                    Relation.SPOUSE,
                    Relation.ASCENDANT,
                    Relation.DESCENDANT,
                    Relation.LEGAL_REPRESENTATIVE,
                    Relation.PUBLIC_PROSECUTOR,
                    Relation.AUTHORISED_BY_LAW);

    private static final FrenchCivilStatusRules INSTANCE = new FrenchCivilStatusRules();

    private FrenchCivilStatusRules() {}

    /**
     * Returns the rules.
     *
     * @return the shared instance
     */
    public static FrenchCivilStatusRules instance() {
        return INSTANCE;
    }

    @Override
    public Decision decide(CivilStatusRequest request) {
        requireNonNull(request, "request");
        Office office = officeFor(request.place());
        if (request.record() == RecordKind.DEATH) {
            // Décret 2017-890 art. 31: documents drawn from death records are open to anyone.
            return new Decision.Allowed(office, 0, article(31));
        }
        if (request.document() == DocumentKind.EXTRACT_WITHOUT_PARENTS) {
            // Décret 2017-890 art. 33: extracts without filiation are open to anyone (case F17).
            return new Decision.Allowed(office, 0, article(33));
        }
        LocalizedText source = article(request.document() == DocumentKind.FULL_COPY ? 30 : 32);
        if (CLOSE.contains(request.relation())) {
            return new Decision.Allowed(office, 0, source);
        }
        if (request.relation() == Relation.SELF_MINOR) {
            return new Decision.Refused(minorReason(request), source);
        }
        return new Decision.Refused(reservedReason(request), source);
    }

    /**
     * An article of décret n° 2017-890 du 6 mai 2017 relatif à l'état civil, as residents read it.
     */
    static LocalizedText article(int number) {
        return new LocalizedText(
                "décret n° 2017-890 du 6 mai 2017, article " + number,
                "decree 2017-890 of 6 May 2017, article " + number);
    }

    /**
     * Returns the office that delivers documents for events at a place.
     *
     * @param place where the event took place
     * @return the commune's civil-status office, or the central service for events abroad
     */
    public static Office officeFor(EventPlace place) {
        requireNonNull(place, "place");
        if (place instanceof EventPlace.InCommune commune) {
            return new Office(
                    "commune:" + commune.inseeCode(),
                    new LocalizedText(
                            "Service de l'état civil de la mairie de " + commune.name(),
                            "Civil status office, " + commune.name() + " town hall"));
        }
        return CENTRAL_SERVICE;
    }

    private static LocalizedText reservedReason(CivilStatusRequest request) {
        return new LocalizedText(
                "Vous ne pouvez pas obtenir "
                        + theDocumentFr(request.document())
                        + " de cet "
                        + request.record().label().fr()
                        + ". Ce document est réservé à la personne concernée, à son époux ou à son"
                        + " épouse, à ses parents et grands-parents, à ses enfants et"
                        + " petits-enfants, et à son représentant légal. Vous pouvez demander un"
                        + " extrait sans filiation : il est délivré à toute personne.",
                "You cannot obtain the "
                        + request.document().label().en()
                        + " of this "
                        + request.record().label().en()
                        + ". This document is only for the person it concerns, their husband or"
                        + " wife, their parents and grandparents, their children and"
                        + " grandchildren, and their legal representative. You can ask for an"
                        + " extract without the parents' names: anyone can obtain it.");
    }

    private static LocalizedText minorReason(CivilStatusRequest request) {
        return new LocalizedText(
                "Avant 18 ans, vous ne pouvez pas obtenir vous-même "
                        + theDocumentFr(request.document())
                        + " de votre "
                        + request.record().label().fr()
                        + ". Votre parent ou votre tuteur peut faire la demande pour vous. Vous"
                        + " pouvez demander vous-même un extrait sans filiation.",
                "Before 18, you cannot obtain the "
                        + request.document().label().en()
                        + " of your "
                        + request.record().label().en()
                        + " yourself. Your parent or guardian can ask for it for you. You can ask"
                        + " for an extract without the parents' names yourself.");
    }

    private static String theDocumentFr(DocumentKind document) {
        return document == DocumentKind.FULL_COPY
                ? "la " + document.label().fr()
                : "l'" + document.label().fr();
    }
}
