package io.portail.core.civilstatus.fr;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.portail.core.civilstatus.CivilStatusRequest;
import io.portail.core.civilstatus.Decision;
import io.portail.core.civilstatus.DocumentKind;
import io.portail.core.civilstatus.EventPlace;
import io.portail.core.civilstatus.RecordKind;
import io.portail.core.civilstatus.Relation;
import io.portail.privacy.text.LocalizedText;
import java.util.Locale;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.EnumSource;

class FrenchCivilStatusRulesTests {

    private static final EventPlace SAINT_EXEMPLE = EventPlace.commune("45999", "Saint-Exemple");
    private static final FrenchCivilStatusRules RULES = FrenchCivilStatusRules.instance();

    private static Decision decide(RecordKind record, DocumentKind document, Relation relation) {
        return RULES.decide(new CivilStatusRequest(record, document, relation, SAINT_EXEMPLE));
    }

    @Nested
    class CaseF17 {
        @Test
        void unrelatedRequesterGetsAnExtractWithoutParentsOfABirthRecord() {
            // Case F17; décret 2017-890 art. 33: extracts without filiation are open to anyone.
            Decision decision =
                    decide(
                            RecordKind.BIRTH,
                            DocumentKind.EXTRACT_WITHOUT_PARENTS,
                            Relation.UNRELATED);

            assertThat(decision)
                    .isInstanceOfSatisfying(
                            Decision.Allowed.class,
                            allowed -> {
                                assertThat(allowed.office().id()).isEqualTo("commune:45999");
                                assertThat(allowed.feeCents()).isZero();
                                assertThat(allowed.source())
                                        .isEqualTo(
                                                new LocalizedText(
                                                        "décret n° 2017-890 du 6 mai 2017, article 33",
                                                        "decree 2017-890 of 6 May 2017, article 33"));
                            });
        }

        @Test
        void unrelatedRequesterIsRefusedTheFullCopyOfTheSameRecordInPlainFrench() {
            // Case F17; décret 2017-890 art. 30: the full copy is for the person and close family.
            Decision decision =
                    decide(RecordKind.BIRTH, DocumentKind.FULL_COPY, Relation.UNRELATED);

            assertThat(decision).isInstanceOf(Decision.Refused.class);
            Decision.Refused refused = (Decision.Refused) decision;
            assertThat(refused.source().fr())
                    .isEqualTo("décret n° 2017-890 du 6 mai 2017, article 30");
            assertThat(refused.reason().in(Locale.FRENCH))
                    .isEqualTo(
                            "Vous ne pouvez pas obtenir la copie intégrale de cet acte de"
                                    + " naissance. Ce document est réservé à la personne"
                                    + " concernée, à son époux ou à son épouse, à ses parents et"
                                    + " grands-parents, à ses enfants et petits-enfants, et à son"
                                    + " représentant légal. Vous pouvez demander un extrait sans"
                                    + " filiation : il est délivré à toute personne.");
            assertThat(refused.reason().in(Locale.ENGLISH))
                    .isEqualTo(
                            "You cannot obtain the full copy of this birth record. This document"
                                    + " is only for the person it concerns, their husband or"
                                    + " wife, their parents and grandparents, their children and"
                                    + " grandchildren, and their legal representative. You can"
                                    + " ask for an extract without the parents' names: anyone can"
                                    + " obtain it.");
        }
    }

    @Nested
    class WhoMayObtainWhat {
        // Décret 2017-890 art. 30 (full copy), 31 (death records), 32 (extract with filiation),
        // 33 (extract without filiation); multilingual extracts follow the extract with filiation.
        @ParameterizedTest(name = "{0} {1} for {2}: {3}")
        @CsvSource({
            "BIRTH, FULL_COPY, SELF, true",
            "BIRTH, FULL_COPY, SPOUSE, true",
            "BIRTH, FULL_COPY, ASCENDANT, true",
            "BIRTH, FULL_COPY, DESCENDANT, true",
            "BIRTH, FULL_COPY, LEGAL_REPRESENTATIVE, true",
            "BIRTH, FULL_COPY, PUBLIC_PROSECUTOR, true",
            "BIRTH, FULL_COPY, AUTHORISED_BY_LAW, true",
            "BIRTH, FULL_COPY, SELF_MINOR, false",
            "BIRTH, FULL_COPY, HEIR, false",
            "BIRTH, FULL_COPY, SIBLING, false",
            "BIRTH, FULL_COPY, UNRELATED, false",
            "MARRIAGE, FULL_COPY, SPOUSE, true",
            "MARRIAGE, FULL_COPY, UNRELATED, false",
            "BIRTH, EXTRACT_WITH_PARENTS, DESCENDANT, true",
            "BIRTH, EXTRACT_WITH_PARENTS, SIBLING, false",
            "MARRIAGE, EXTRACT_WITH_PARENTS, UNRELATED, false",
            "BIRTH, EXTRACT_WITHOUT_PARENTS, SELF_MINOR, true",
            "MARRIAGE, EXTRACT_WITHOUT_PARENTS, UNRELATED, true",
            "BIRTH, MULTILINGUAL_EXTRACT, SELF, true",
            "BIRTH, MULTILINGUAL_EXTRACT, UNRELATED, false",
            "MARRIAGE, MULTILINGUAL_EXTRACT, HEIR, false",
            "DEATH, FULL_COPY, UNRELATED, true",
            "DEATH, EXTRACT_WITH_PARENTS, UNRELATED, true",
            "DEATH, MULTILINGUAL_EXTRACT, SIBLING, true",
        })
        void followsDecree2017890(
                RecordKind record, DocumentKind document, Relation relation, boolean allowed) {
            assertThat(decide(record, document, relation).isAllowed()).isEqualTo(allowed);
        }

        @ParameterizedTest
        @EnumSource(Relation.class)
        void deathRecordsAreOpenToAnyoneUnderArticle31(Relation relation) {
            Decision decision = decide(RecordKind.DEATH, DocumentKind.FULL_COPY, relation);

            assertThat(decision)
                    .isEqualTo(
                            new Decision.Allowed(
                                    FrenchCivilStatusRules.officeFor(SAINT_EXEMPLE),
                                    0,
                                    FrenchCivilStatusRules.article(31)));
        }

        @Test
        void extractWithParentsIsRefusedWithItsOwnWordingAndArticle32() {
            Decision.Refused refused =
                    (Decision.Refused)
                            decide(
                                    RecordKind.MARRIAGE,
                                    DocumentKind.EXTRACT_WITH_PARENTS,
                                    Relation.SIBLING);

            assertThat(refused.source().en())
                    .isEqualTo("decree 2017-890 of 6 May 2017, article 32");
            assertThat(refused.reason().fr())
                    .startsWith(
                            "Vous ne pouvez pas obtenir l'extrait avec filiation de cet acte de"
                                    + " mariage. ");
            assertThat(refused.reason().en())
                    .startsWith(
                            "You cannot obtain the extract with the parents' names of this"
                                    + " marriage record. ");
        }

        @Test
        void minorIsToldTheirParentCanAsk() {
            // Décret 2017-890 art. 30: the person must be adult or emancipated.
            Decision.Refused refused =
                    (Decision.Refused)
                            decide(RecordKind.BIRTH, DocumentKind.FULL_COPY, Relation.SELF_MINOR);

            assertThat(refused.reason().fr())
                    .isEqualTo(
                            "Avant 18 ans, vous ne pouvez pas obtenir vous-même la copie"
                                    + " intégrale de votre acte de naissance. Votre parent ou"
                                    + " votre tuteur peut faire la demande pour vous. Vous"
                                    + " pouvez demander vous-même un extrait sans filiation.");
            assertThat(refused.reason().en())
                    .isEqualTo(
                            "Before 18, you cannot obtain the full copy of your birth record"
                                    + " yourself. Your parent or guardian can ask for it for you."
                                    + " You can ask for an extract without the parents' names"
                                    + " yourself.");
        }
    }

    @Nested
    class CompetentOffice {
        @Test
        void isTheCommuneOfTheEvent() {
            Decision.Allowed allowed =
                    (Decision.Allowed)
                            decide(RecordKind.BIRTH, DocumentKind.FULL_COPY, Relation.SELF);

            assertThat(allowed.office().name().fr())
                    .isEqualTo("Service de l'état civil de la mairie de Saint-Exemple");
            assertThat(allowed.office().name().en())
                    .isEqualTo("Civil status office, Saint-Exemple town hall");
        }

        @Test
        void isTheCentralServiceInNantesForEventsAbroad() {
            // Code civil art. 48, décret 65-422: records of French nationals abroad are kept by
            // the Service central d'état civil.
            Decision decision =
                    RULES.decide(
                            new CivilStatusRequest(
                                    RecordKind.MARRIAGE,
                                    DocumentKind.EXTRACT_WITHOUT_PARENTS,
                                    Relation.UNRELATED,
                                    EventPlace.abroad()));

            assertThat(((Decision.Allowed) decision).office().id()).isEqualTo("scec");
            assertThat(((Decision.Allowed) decision).office().name().fr())
                    .isEqualTo(
                            "Service central d'état civil du ministère des Affaires étrangères, à"
                                    + " Nantes");
        }

        @Test
        void refusesABadCommuneCode() {
            assertThatThrownBy(() -> EventPlace.commune("4599", "Saint-Exemple"))
                    .isInstanceOf(IllegalArgumentException.class)
                    .hasMessage(
                            "A commune's INSEE code is five digits, or 2A or 2B and three digits");
        }
    }
}
