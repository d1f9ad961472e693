package io.portail.core;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.portail.core.deadline.ImplicitDecision;
import io.portail.core.json.ReceiptJson;
import io.portail.core.receipt.ReceiptText;
import io.portail.core.reference.Reference;
import io.portail.core.request.Actor;
import io.portail.core.request.Channel;
import io.portail.core.request.Draft;
import io.portail.core.request.DraftResult;
import io.portail.core.request.Submission;
import io.portail.core.request.SubmissionResult;
import io.portail.core.store.InMemoryRequestStore;
import io.portail.forms.validation.Answers;
import io.portail.privacy.testing.LogLeakDetector;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.stream.Stream;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.MethodSource;

class PortalTests {
    static final Instant MONDAY_16_MARCH_10_05_PARIS = Instant.parse("2026-03-16T09:05:00Z");

    final InMemoryRequestStore store = new InMemoryRequestStore();
    final Portal portal =
            Portal.builder(TestCommune.catalogue())
                    .clock(Clock.fixed(MONDAY_16_MARCH_10_05_PARIS, ZoneId.of("UTC")))
                    .store(store)
                    .referenceRandom(new Random(7))
                    .build();

    static Answers answers() {
        return Answers.ofText(
                Map.of(
                        "family-name", "Martin",
                        "birth-date", "27/03/1991",
                        "email", "camille.martin@exemple.fr"));
    }

    SubmissionResult.Accepted accepted(String procedure, String key) {
        Answers answers =
                procedure.equals("birth-record")
                        ? answers()
                        : Answers.ofText(Map.of("email", "cafe.du.port@exemple.fr"));
        SubmissionResult result =
                portal.submit(new Submission(procedure, answers, Channel.ONLINE, key));
        assertThat(result).isInstanceOf(SubmissionResult.Accepted.class);
        return (SubmissionResult.Accepted) result;
    }

    @Nested
    class Receipts {
        @Test
        void datesTheImplicitAcceptanceTwoMonthsAfterReceipt() {
            // Case F15; CRPA art. L231-1 and R112-11-1.
            var accepted = accepted("birth-record", "key-f15-0001");

            ImplicitDecision decision = accepted.receipt().implicitDecision();
            assertThat(decision.kind()).isEqualTo(ImplicitDecision.Kind.ACCEPTANCE);
            assertThat(decision.bornOn()).isEqualTo(LocalDate.of(2026, 5, 16));
            assertThat(decision.effectiveFrom()).isEqualTo(LocalDate.of(2026, 5, 17));
        }

        @Test
        void writesEveryMentionOfArticleR112_11_1InFrench() {
            var accepted = accepted("birth-record", "key-text-0001");
            String reference = accepted.request().reference().toString();

            assertThat(ReceiptText.render(accepted.receipt(), Locale.FRENCH))
                    .isEqualTo(
                            """
                            Accusé de réception
                            Demander un acte de naissance
                            Référence de votre demande : %1$s

                            La mairie de Testville a bien reçu votre demande le lundi 16 mars 2026\
                             à 10 h 05 (heure de Paris).

                            Qui s'occupe de votre demande
                            Service état civil
                            Mairie de Testville, 2 rue de la Mairie, 45998 Testville
                            E-mail : etat-civil@testville.example
                            Téléphone : 02 61 91 00 20
                            Accueil sur place : lundi et mardi de 8 h 30 à 12 h ; mercredi de 8 h 30 à 12 h et de 14 h à 18 h ; jeudi et vendredi de 8 h 30 à 12 h

                            Ce qui va se passer
                            Si votre demande est complète et que la mairie ne vous a pas répondu\
                             le samedi 16 mai 2026 au soir, votre demande sera acceptée : le\
                             silence de la mairie vaut acceptation (CRPA art. L231-1). Cette\
                             acceptation comptera à partir du dimanche 17 mai 2026.
                            Vous pourrez alors demander à la mairie une attestation de cette\
                             acceptation (article L232-3 du code des relations entre le public et\
                             l'administration).
                            S'il manque une pièce ou une information, la mairie vous dira laquelle\
                             et dans quel délai la fournir.

                            Pour toute question, donnez votre référence : %1$s.
                            """
                                    .formatted(reference));
        }

        @Test
        void givesTheAppealRoutesWhenSilenceMeansRefusal() {
            // CRPA art. R112-11-1: for an implicit rejection, the appeal routes and deadline.
            var accepted = accepted("terrace-permit", "key-rejection-1");

            String text = ReceiptText.render(accepted.receipt(), Locale.ENGLISH);

            assertThat(text)
                    .contains(
                            "If your request is complete and the town hall has not answered you"
                                    + " by the end of Saturday 16 May 2026, your request will be"
                                    + " refused: the town hall's silence means no (CRPA art."
                                    + " L231-4). The refusal counts from Sunday 17 May 2026.\n"
                                    + "You can challenge this refusal within two months: by"
                                    + " writing to the town hall to ask it to review its decision,"
                                    + " or by applying to the tribunal administratif d'Orléans,"
                                    + " online too at citoyens.telerecours.fr (articles R421-1 and"
                                    + " R421-2 of the Code of Administrative Justice).\n");
        }

        @Test
        void writesTheTimeOfReceiptToTheSecond() {
            Portal precise =
                    Portal.builder(TestCommune.catalogue())
                            .clock(
                                    Clock.fixed(
                                            Instant.parse("2026-03-16T09:05:07.123456789Z"),
                                            ZoneId.of("UTC")))
                            .build();
            var accepted =
                    (SubmissionResult.Accepted)
                            precise.submit(
                                    new Submission(
                                            "birth-record",
                                            answers(),
                                            Channel.ONLINE,
                                            "key-precise-01"));

            assertThat(ReceiptJson.write(accepted.receipt()))
                    .contains("\"receivedAt\":\"2026-03-16T10:05:07+01:00\"");
        }

        @Test
        void writesTheSameCanonicalJsonEveryTime() {
            var accepted = accepted("birth-record", "key-json-0001");

            String json = ReceiptJson.write(accepted.receipt());

            assertThat(json).isEqualTo(ReceiptJson.write(accepted.receipt()));
            assertThat(json)
                    .startsWith("{\"commune\":\"Testville\",\"implicitDecision\":{")
                    .contains(
                            "\"implicitDecision\":{\"attestation\":\"CRPA art. L232-3\","
                                    + "\"bornAtEndOf\":\"2026-05-16\","
                                    + "\"effectiveFrom\":\"2026-05-17\","
                                    + "\"kind\":\"acceptance\","
                                    + "\"source\":{\"en\":\"CRPA art. L231-1\",\"fr\":\"CRPA art. L231-1\"},"
                                    + "\"subjectToCompleteRequest\":true}")
                    .contains("\"receivedAt\":\"2026-03-16T10:05:00+01:00\"")
                    .doesNotContain("Martin")
                    .doesNotContain("camille");
        }
    }

    @Nested
    class Idempotency {
        @Test
        void returnsTheFirstReceiptForADoubleClick() {
            // Case F13: the same submission twice, same idempotency key.
            var first = accepted("birth-record", "double-click-1");
            var second = accepted("birth-record", "double-click-1");

            assertThat(second.replayed()).isTrue();
            assertThat(second.request()).isSameAs(first.request());
            assertThat(second.receipt()).isSameAs(first.receipt());
            assertThat(store.count()).isEqualTo(1);
        }

        @Test
        void storesOneRequestWhenTheSameKeyArrivesFromEightThreads() throws Exception {
            ExecutorService pool = Executors.newFixedThreadPool(8);
            try {
                List<Callable<SubmissionResult>> calls = new ArrayList<>();
                for (int i = 0; i < 8; i++) {
                    calls.add(
                            () ->
                                    portal.submit(
                                            new Submission(
                                                    "birth-record",
                                                    answers(),
                                                    Channel.ONLINE,
                                                    "same-key-8-threads")));
                }
                List<String> references = new ArrayList<>();
                for (Future<SubmissionResult> f : pool.invokeAll(calls)) {
                    references.add(
                            ((SubmissionResult.Accepted) f.get()).request().reference().toString());
                }

                assertThat(references).hasSize(8).containsOnly(references.get(0));
                assertThat(store.count()).isEqualTo(1);
            } finally {
                pool.shutdownNow();
            }
        }

        @Test
        void refusesAKeyReusedForDifferentAnswers() {
            accepted("birth-record", "reused-key-01");
            Answers other =
                    Answers.ofText(
                            Map.of(
                                    "family-name", "Durand",
                                    "birth-date", "27/03/1991",
                                    "email", "camille.martin@exemple.fr"));

            assertThatThrownBy(
                            () ->
                                    portal.submit(
                                            new Submission(
                                                    "birth-record",
                                                    other,
                                                    Channel.ONLINE,
                                                    "reused-key-01")))
                    .isInstanceOf(PortalException.class)
                    .hasMessage(
                            "This idempotency key was used for a different submission; make a new"
                                    + " key for each new submission")
                    .hasMessageNotContaining("Durand");
        }
    }

    @Nested
    class IdempotencyKeys {
        static Stream<Arguments> keysRefused() {
            return Stream.of(
                    Arguments.of("", "An idempotency key has 8 to 128 characters: 0 given"),
                    Arguments.of("seven-7", "An idempotency key has 8 to 128 characters: 7 given"),
                    Arguments.of(
                            "k".repeat(129),
                            "An idempotency key has 8 to 128 characters: 129 given"),
                    Arguments.of(
                            " ".repeat(8),
                            "An idempotency key has characters other than white space"),
                    Arguments.of(
                            "\t\n \u00a0\u2007\u202f\u3000 ",
                            "An idempotency key has characters other than white space"));
        }

        @ParameterizedTest
        @MethodSource("keysRefused")
        void refusesTheSameKeysForASubmission(String key, String message) {
            // Case F13: one rule for every way in, as the README states it.
            assertThatThrownBy(
                            () ->
                                    portal.submit(
                                            new Submission(
                                                    "birth-record",
                                                    answers(),
                                                    Channel.ONLINE,
                                                    key)))
                    .isInstanceOf(IllegalArgumentException.class)
                    .hasMessage(message);
            assertThat(store.count()).isZero();
        }

        @ParameterizedTest
        @MethodSource("keysRefused")
        void refusesTheSameKeysForADraftAndKeepsIt(String key, String message) {
            Draft draft =
                    ((DraftResult.Saved)
                                    portal.saveDraft(
                                            "birth-record",
                                            "person",
                                            answers(),
                                            null,
                                            Actor.anonymousResident(),
                                            Channel.ONLINE))
                            .draft();

            assertThatThrownBy(() -> portal.submitDraft(draft, key, Actor.anonymousResident()))
                    .isInstanceOf(IllegalArgumentException.class)
                    .hasMessage(message);
            assertThat(store.count()).isZero();
            assertThat(portal.draft(draft.reference())).contains(draft);
        }

        @Test
        void acceptsKeysOfEightAndOf128CharactersWithSpacesInside() {
            accepted("birth-record", "8 chars!");
            accepted("birth-record", " " + "k".repeat(126) + " ");

            assertThat(store.count()).isEqualTo(2);
        }
    }

    @Nested
    class Submitters {
        @Test
        void refusesAKeyReusedByAnotherSubmitterWithTheSameAnswers() {
            // Case F13 is a repeat by the same person; the same key from someone else is not.
            SubmissionResult first =
                    portal.submit(
                            new Submission(
                                    "birth-record",
                                    answers(),
                                    Channel.ONLINE,
                                    "shared-key-01",
                                    new Actor.Resident("account-a")));
            assertThat(first).isInstanceOf(SubmissionResult.Accepted.class);

            assertThatThrownBy(
                            () ->
                                    portal.submit(
                                            new Submission(
                                                    "birth-record",
                                                    answers(),
                                                    Channel.DESK,
                                                    "shared-key-01",
                                                    new Actor.DeskAgent("agent-3"))))
                    .isInstanceOf(PortalException.class)
                    .extracting(e -> ((PortalException) e).reason())
                    .isEqualTo(PortalException.Reason.IDEMPOTENCY_KEY_REUSED);
        }

        @Test
        void endsTheFormWithItsExplanationWhenTheResidentIsNotEligible() {
            SubmissionResult result =
                    portal.submit(
                            new Submission(
                                    "terrace-permit",
                                    Answers.ofText(
                                            Map.of(
                                                    "email", "cafe.du.port@exemple.fr",
                                                    "owns-a-cafe", "false")),
                                    Channel.ONLINE,
                                    "ineligible-01",
                                    new Actor.Resident("account-b")));

            assertThat(result)
                    .isEqualTo(
                            new SubmissionResult.Ineligible(
                                    new io.portail.privacy.text.LocalizedText(
                                            "Cette autorisation est réservée aux cafés et"
                                                    + " restaurants. Pour un autre usage de la rue,"
                                                    + " appelez la mairie.",
                                            "This permit is only for cafés and restaurants. For"
                                                    + " another use of the street, call the town"
                                                    + " hall."),
                                    "owns-a-cafe",
                                    null));
            assertThat(store.count()).isZero();
        }
    }

    @Nested
    class Refusals {
        @Test
        void storesNothingWhenTheAnswersHaveSomethingToPutRight() {
            SubmissionResult result =
                    portal.submit(
                            new Submission(
                                    "birth-record",
                                    Answers.ofText(Map.of("family-name", "Martin")),
                                    Channel.ONLINE,
                                    "refused-key-1"));

            assertThat(result).isInstanceOf(SubmissionResult.Refused.class);
            assertThat(((SubmissionResult.Refused) result).violations())
                    .extracting(v -> v.message().fr())
                    .containsExactly("Saisissez la date de naissance", "Saisissez « E-mail »");
            assertThat(store.count()).isZero();
        }

        @Test
        void refusesAnUnknownProcedure() {
            assertThatThrownBy(
                            () ->
                                    portal.submit(
                                            new Submission(
                                                    "passport",
                                                    answers(),
                                                    Channel.ONLINE,
                                                    "unknown-proc-1")))
                    .isInstanceOf(PortalException.class)
                    .hasMessage("The catalogue has no procedure passport");
        }

        @ParameterizedTest
        @CsvSource(
                delimiter = '|',
                value = {
                    "camille.martin@exemple.fr | (an id of 25 characters, not shown)",
                    "06 23 45 67 89 | (an id of 14 characters, not shown)",
                    "FR7630006000011234567890189 | (an id of 27 characters, not shown)",
                })
        void namesAnUnknownProcedureIdByItsLengthWhenItIsNotPlain(String id, String shown) {
            // No personal data in exception messages (GDPR art. 5(1)(c), 32): a host that puts
            // an answer where the procedure's id goes gets its length only.
            assertThatThrownBy(
                            () ->
                                    LogLeakDetector.assertNoLeak(
                                            List.of(id),
                                            () ->
                                                    portal.submit(
                                                            new Submission(
                                                                    id,
                                                                    answers(),
                                                                    Channel.ONLINE,
                                                                    "unknown-proc-2"))))
                    .isInstanceOf(PortalException.class)
                    .hasMessage("The catalogue has no procedure " + shown);
            assertThatThrownBy(
                            () ->
                                    LogLeakDetector.assertNoLeak(
                                            List.of(id),
                                            () ->
                                                    portal.saveDraft(
                                                            id,
                                                            "person",
                                                            answers(),
                                                            null,
                                                            Actor.anonymousResident(),
                                                            Channel.ONLINE)))
                    .isInstanceOf(PortalException.class)
                    .hasMessage("The catalogue has no procedure " + shown);
        }

        @Test
        void neverShowsTheProcedureOfADraftMadeOutsideThePortalUnlessPlain() {
            String planted = "camille.martin@exemple.fr";
            Draft foreign =
                    new Draft(
                            Reference.of("PT", "23456789"),
                            planted,
                            1,
                            answers(),
                            "person",
                            Channel.ONLINE,
                            Actor.anonymousResident(),
                            MONDAY_16_MARCH_10_05_PARIS,
                            1);

            assertThat(foreign.toString()).doesNotContain(planted).contains("(an id of 25");
            assertThatThrownBy(
                            () ->
                                    LogLeakDetector.assertNoLeak(
                                            List.of(planted),
                                            () ->
                                                    portal.saveDraft(
                                                            "birth-record",
                                                            "person",
                                                            answers(),
                                                            foreign,
                                                            Actor.anonymousResident(),
                                                            Channel.ONLINE)))
                    .isInstanceOf(IllegalArgumentException.class)
                    .hasMessage(
                            "Draft "
                                    + foreign.reference()
                                    + " is for procedure (an id of 25 characters, not shown)");
        }
    }
}
