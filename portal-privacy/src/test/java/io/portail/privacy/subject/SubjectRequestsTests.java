package io.portail.privacy.subject;

import static org.assertj.core.api.Assertions.assertThat;

import io.portail.privacy.SaintExemple;
import io.portail.privacy.category.DataCategory;
import io.portail.privacy.subject.ErasureDecision.Outcome;
import io.portail.privacy.text.LocalizedText;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

class SubjectRequestsTests {
    static final SubjectRef RESIDENT = SubjectRef.of("res-0001");
    static final LocalDate TODAY = LocalDate.of(2026, 3, 16);
    static final LocalizedText EMAIL = new LocalizedText("Adresse e-mail", "Email address");

    private final InMemoryPersonalDataSource portal = new InMemoryPersonalDataSource("portal");
    private final InMemoryPersonalDataSource finance = new InMemoryPersonalDataSource("finance");
    private final SubjectRequests requests =
            new SubjectRequests(SaintExemple.register(), List.of(portal, finance));

    SubjectRequestsTests() {
        portal.add(
                RESIDENT,
                new PersonalDataItem(
                        "portal",
                        "nl-1",
                        "newsletter",
                        DataCategory.EMAIL,
                        EMAIL,
                        "camille.exemple@example.org",
                        null,
                        false,
                        true));
        portal.add(
                RESIDENT,
                new PersonalDataItem(
                        "portal",
                        "canteen-1",
                        "canteen",
                        DataCategory.ALLERGIES,
                        new LocalizedText("Allergies", "Allergies"),
                        "arachide",
                        LocalDate.of(2026, 8, 4),
                        false,
                        true));
        finance.add(
                RESIDENT,
                new PersonalDataItem(
                        "finance",
                        "iban-1",
                        "payments",
                        DataCategory.IBAN,
                        new LocalizedText("IBAN", "IBAN"),
                        "FR7630006000011234567890189",
                        LocalDate.of(2036, 1, 31),
                        false,
                        true));
        finance.add(
                RESIDENT,
                new PersonalDataItem(
                        "finance",
                        "pay-9",
                        "payments",
                        DataCategory.of("financial.payment"),
                        new LocalizedText("Paiement", "Payment"),
                        "42.50 EUR",
                        LocalDate.of(2020, 1, 31),
                        true,
                        false));
    }

    @Nested
    class Access {
        @Test
        void gathersFromEverySource() {
            // GDPR art. 15(1) and (3).
            assertThat(requests.gather(RESIDENT))
                    .extracting(PersonalDataItem::itemId)
                    .containsExactly("nl-1", "canteen-1", "iban-1", "pay-9");
        }

        @Test
        void writesTheAnswerWordForWord() {
            // GDPR art. 15(1)(a) to (d) and 15(3).
            SubjectRequest request =
                    SubjectRequest.of("dsr-1", RequestType.ACCESS, RESIDENT, TODAY);

            assertThat(requests.accessReport(request, java.util.Locale.FRENCH))
                    .isEqualTo(
                            """
                            Vos données détenues par Commune de Saint-Exemple

                            Restauration scolaire
                            Pourquoi : Inscrire votre enfant à la cantine, préparer des repas adaptés à sa santé et facturer les repas selon votre quotient familial.
                            Sur quelle base : une mission de service public confiée à la commune.
                            Qui les reçoit : les agents de la restauration scolaire ; le directeur ou la directrice de l'école, pour le projet d'accueil individualisé.
                            Vos données sont conservées 1 an après la fin de validité de la décision, puis supprimées.
                            Les données « allergies et régime alimentaire médical » sont conservées 1 mois après la fin de validité de la décision, puis supprimées.
                            - Allergies : arachide

                            Paiement des factures
                            Pourquoi : Encaisser vos paiements, délivrer les quittances et tenir la comptabilité publique.
                            Sur quelle base : une obligation légale de la commune.
                            Qui les reçoit : le comptable public de la commune (Direction générale des finances publiques) ; le service de paiement en ligne de l'État (PayFiP).
                            Vos données sont conservées 2 ans après leur enregistrement, puis gardées 8 ans en archive, avec un accès réservé à quelques agents, puis supprimées.
                            - IBAN : FR7630006000011234567890189
                            - Paiement : 42.50 EUR

                            Lettre d'information de la commune
                            Pourquoi : Vous envoyer la lettre d'information de la commune si vous le souhaitez.
                            Sur quelle base : votre consentement.
                            Qui les reçoit : le service communication de la commune.
                            Vos données sont conservées 3 ans après leur dernière mise à jour, puis supprimées.
                            - Adresse e-mail : camille.exemple@example.org
                            """);
        }

        @Test
        void saysSoWhenNothingIsHeld() {
            SubjectRequest request =
                    SubjectRequest.of("dsr-9", RequestType.ACCESS, SubjectRef.of("res-9"), TODAY);

            assertThat(requests.accessReport(request, java.util.Locale.ENGLISH))
                    .isEqualTo(
                            """
                            Your data held by Commune de Saint-Exemple

                            The commune holds no data about you.
                            """);
        }

        @Test
        void anItemNeverShowsItsValueInToString() {
            assertThat(requests.gather(RESIDENT).get(0).toString())
                    .isEqualTo("PersonalDataItem[portal/nl-1, contact.email, value masked]")
                    .doesNotContain("camille");
        }
    }

    @Nested
    class Portability {
        @Test
        void coversOnlyDataProvidedUnderConsentOrContract() {
            // GDPR art. 20(1)(a) and 20(3): not for a public task or a legal obligation.
            SubjectRequest request =
                    SubjectRequest.of("dsr-2", RequestType.PORTABILITY, RESIDENT, TODAY);

            assertThat(requests.portability(request))
                    .isEqualTo(
                            "{\"items\":[{\"activity\":\"newsletter\",\"category\":\"contact.email\","
                                    + "\"label\":\"Adresse e-mail\","
                                    + "\"value\":\"camille.exemple@example.org\"}]}");
        }
    }

    @Nested
    class Erasure {
        private final SubjectRequest request =
                SubjectRequest.of("dsr-3", RequestType.ERASURE, RESIDENT, TODAY);

        @Test
        void erasesWhatNothingRequiresKeepingAndKeepsTheRestWithTheReason() {
            List<ErasureDecision> decisions = requests.erase(request, TODAY);

            assertThat(decisions)
                    .extracting(ErasureDecision::itemId, ErasureDecision::outcome)
                    .containsExactly(
                            org.assertj.core.groups.Tuple.tuple("nl-1", Outcome.ERASED),
                            org.assertj.core.groups.Tuple.tuple("canteen-1", Outcome.KEPT),
                            org.assertj.core.groups.Tuple.tuple("iban-1", Outcome.KEPT),
                            org.assertj.core.groups.Tuple.tuple("pay-9", Outcome.KEPT));
            assertThat(portal.find(RESIDENT))
                    .extracting(PersonalDataItem::itemId)
                    .containsExactly("canteen-1");
        }

        @Test
        void explainsALegalObligationWordForWord() {
            // GDPR art. 17(3)(b): compliance with a legal obligation.
            ErasureDecision iban = requests.erase(request, TODAY).get(2);

            assertThat(iban.reason())
                    .isEqualTo(
                            new LocalizedText(
                                    "Nous ne pouvons pas encore effacer cette donnée : la loi"
                                            + " oblige la commune à la conserver jusqu'au 31"
                                            + " janvier 2036 (Décret n° 2012-1246 du 7 novembre"
                                            + " 2012 relatif à la gestion budgétaire et comptable"
                                            + " publique). Elle sera effacée ensuite.",
                                    "We cannot erase this data yet: the law requires the commune"
                                            + " to keep it until 31 January 2036 (Decree 2012-1246"
                                            + " of 7 November 2012 on public budget and accounting"
                                            + " management). It will be erased then."));
        }

        @Test
        void explainsAPublicTaskWordForWord() {
            // GDPR art. 17(3)(b) and art. 21(1).
            ErasureDecision allergy = requests.erase(request, TODAY).get(1);

            assertThat(allergy.reason())
                    .isEqualTo(
                            new LocalizedText(
                                    "Nous ne pouvons pas encore effacer cette donnée : la commune"
                                            + " en a besoin pour une mission de service public,"
                                            + " jusqu'au 4 août 2026. Vous pouvez vous opposer à"
                                            + " son utilisation en expliquant votre situation ; si"
                                            + " votre opposition est acceptée, elle sera effacée.",
                                    "We cannot erase this data yet: the commune needs it for a"
                                            + " public task, until 4 August 2026. You can object"
                                            + " to its use by explaining your situation; if your"
                                            + " objection is upheld, it will be erased."));
        }

        @Test
        void aLegalHoldKeepsEvenExpiredData() {
            // GDPR art. 17(3)(e): legal claims.
            ErasureDecision held = requests.erase(request, TODAY).get(3);

            assertThat(held.reason().fr())
                    .isEqualTo(
                            "Nous ne pouvons pas effacer cette donnée pour le moment : elle est"
                                    + " nécessaire à une procédure en justice en cours. Elle sera"
                                    + " effacée à la fin de la procédure, si rien d'autre n'oblige"
                                    + " à la garder.");
        }

        @Test
        void erasesOnceTheRetentionHasRun() {
            List<ErasureDecision> decisions = requests.erase(request, LocalDate.of(2036, 1, 31));

            assertThat(decisions.get(2).outcome()).isEqualTo(Outcome.ERASED);
        }

        @Test
        void reportsAFailingSourceWithoutStopping() {
            PersonalDataSource broken =
                    new PersonalDataSource() {
                        @Override
                        public String id() {
                            return "broken";
                        }

                        @Override
                        public List<PersonalDataItem> find(SubjectRef subject) {
                            return List.of(
                                    new PersonalDataItem(
                                            "broken",
                                            "x-1",
                                            "newsletter",
                                            DataCategory.EMAIL,
                                            EMAIL,
                                            "a@b.example",
                                            null,
                                            false,
                                            true));
                        }

                        @Override
                        public boolean erase(SubjectRef subject, String itemId) {
                            throw new IllegalStateException("disk full");
                        }
                    };
            var withBroken = new SubjectRequests(SaintExemple.register(), List.of(broken, portal));

            List<ErasureDecision> decisions = withBroken.erase(request, TODAY);

            assertThat(decisions.get(0).outcome()).isEqualTo(Outcome.FAILED);
            assertThat(decisions.get(1).outcome()).isEqualTo(Outcome.ERASED);
        }
    }
}
