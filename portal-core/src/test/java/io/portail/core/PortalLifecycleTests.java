package io.portail.core;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.portail.core.event.DomainEvent;
import io.portail.core.event.InMemoryEventSink;
import io.portail.core.receipt.NoticeKind;
import io.portail.core.receipt.SignedNotice;
import io.portail.core.receipt.Verification;
import io.portail.core.reference.Reference;
import io.portail.core.request.Actor;
import io.portail.core.request.Channel;
import io.portail.core.request.Draft;
import io.portail.core.request.DraftResult;
import io.portail.core.request.MissingPiece;
import io.portail.core.request.Request;
import io.portail.core.request.RequestCommand;
import io.portail.core.request.RequestRefusedException;
import io.portail.core.request.RequestStatus;
import io.portail.core.request.Submission;
import io.portail.core.request.SubmissionResult;
import io.portail.core.store.InMemoryRequestStore;
import io.portail.forms.validation.Answers;
import io.portail.privacy.text.LocalizedText;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

class PortalLifecycleTests {
    static final ZoneId PARIS = ZoneId.of("Europe/Paris");
    static final Instant MONDAY_16_MARCH_10_05_PARIS = Instant.parse("2026-03-16T09:05:00Z");
    static final Actor OFFICER = new Actor.Officer("agent-17");
    static final MissingPiece PROOF_OF_ADDRESS =
            new MissingPiece(
                    "proof-of-address",
                    new LocalizedText(
                            "un justificatif de domicile de moins de trois mois",
                            "a proof of address less than three months old"));

    final TestClock clock = new TestClock(MONDAY_16_MARCH_10_05_PARIS, PARIS);
    final InMemoryRequestStore store = new InMemoryRequestStore();
    final InMemoryEventSink events = new InMemoryEventSink();
    final Portal portal =
            Portal.builder(TestCommune.catalogue())
                    .clock(clock)
                    .store(store)
                    .events(events)
                    .referenceRandom(new Random(11))
                    .build();

    Request submit(String procedure) {
        return submit(procedure, "key-" + procedure);
    }

    Request submit(String procedure, String key) {
        Answers answers =
                procedure.equals("birth-record")
                        ? PortalTests.answers()
                        : Answers.ofText(Map.of("email", "cafe.du.port@exemple.fr"));
        SubmissionResult result =
                portal.submit(new Submission(procedure, answers, Channel.ONLINE, key));
        return ((SubmissionResult.Accepted) result).request();
    }

    void at(String instant) {
        clock.set(Instant.parse(instant));
    }

    Outcome incomplete(Request request, LocalDate dueBy) {
        return portal.apply(
                request.reference(),
                request.version(),
                new RequestCommand.MarkIncomplete(List.of(PROOF_OF_ADDRESS), dueBy),
                OFFICER,
                Channel.ONLINE);
    }

    @Nested
    class IncompleteThenImplicitAcceptance {
        @Test
        void restartsTheTwoMonthsWhenThePiecesArriveThenSweepsAndAttests() {
            // CRPA art. L114-5: the period of implicit acceptance runs only from receipt of the
            // missing pieces; L232-3: an attestation on request.
            Request received = submit("birth-record");
            assertThat(received.implicitDecision().bornOn()).isEqualTo(LocalDate.of(2026, 5, 16));

            at("2026-03-20T10:00:00Z");
            Outcome incomplete = incomplete(received, LocalDate.of(2026, 4, 20));
            assertThat(incomplete.request().status()).isEqualTo(RequestStatus.INCOMPLETE);
            assertThat(incomplete.request().implicitDecision()).isNull();
            assertThat(incomplete.notices())
                    .extracting(n -> n.notice().kind())
                    .containsExactly(NoticeKind.INCOMPLETE);

            at("2026-04-01T08:00:00Z");
            Outcome complemented =
                    portal.apply(
                            received.reference(),
                            incomplete.request().version(),
                            new RequestCommand.Complement(),
                            new Actor.Resident("account-1"),
                            Channel.ONLINE);
            assertThat(complemented.request().implicitDecision().bornOn())
                    .isEqualTo(LocalDate.of(2026, 6, 1));
            assertThat(complemented.notices().get(0).notice().kind()).isEqualTo(NoticeKind.RECEIPT);
            assertThat(complemented.notices().get(0).notice().text(Locale.FRENCH))
                    .contains(
                            "ne vous a pas répondu le lundi 1er juin 2026 au soir, votre demande"
                                    + " sera acceptée");
            // The receipt of the complete file names the day of the request and of the pieces.
            assertThat(complemented.notices().get(0).notice().text(Locale.FRENCH))
                    .contains(
                            "La mairie de Testville a bien reçu votre demande le lundi 16 mars"
                                    + " 2026, puis les pièces qui manquaient le mercredi 1er avril"
                                    + " 2026 à 10 h (heure de Paris).");
            assertThat(complemented.notices().get(0).notice().text(Locale.ENGLISH))
                    .contains(
                            "The town hall of Testville received your request on Monday 16 March"
                                    + " 2026, then the missing documents on Wednesday 1 April 2026"
                                    + " at 10:00 (Paris time).");
            assertThat(complemented.notices().get(0).notice().facts())
                    .containsEntry("receivedAt", "2026-03-16T10:05:00+01:00")
                    .containsEntry("complementedAt", "2026-04-01T10:00:00+02:00");

            // 1 June 23:59 in Paris: the decision is not born yet.
            assertThat(portal.sweep(Instant.parse("2026-06-01T21:59:00Z")).decided()).isEmpty();
            // 2 June 00:30 in Paris: it can be relied on.
            at("2026-06-01T22:30:00Z");
            SweepReport sweep = portal.sweep(clock.instant());
            assertThat(sweep.decided()).containsExactly(received.reference());
            assertThat(portal.sweep(clock.instant()).decided()).isEmpty();
            Request decided = portal.request(received.reference()).orElseThrow();
            assertThat(decided.status()).isEqualTo(RequestStatus.IMPLICITLY_ACCEPTED);
            assertThat(decided.replay(PARIS)).isEqualTo(decided);

            SignedNotice attestation = portal.attestation(received.reference());
            assertThat(attestation.notice().text(Locale.FRENCH))
                    .contains(
                            "Cette acceptation est acquise depuis la fin du lundi 1er juin 2026 :"
                                    + " elle compte à partir du mardi 2 juin 2026.");
            assertThat(portal.verify(attestation)).isEqualTo(Verification.VALID);
            // A notice shown with another notice's signed JSON does not pass for it.
            SignedNotice receipt = portal.notices(received.reference()).get(0);
            assertThat(
                            portal.verify(
                                    new SignedNotice(
                                            receipt.notice(),
                                            attestation.canonicalJson(),
                                            attestation.signature())))
                    .isEqualTo(Verification.INVALID);
            assertThat(events.events())
                    .extracting(DomainEvent::type)
                    .containsExactly(
                            "fr.portail.request.submitted",
                            "fr.portail.request.received",
                            "fr.portail.request.incomplete",
                            "fr.portail.request.complemented",
                            "fr.portail.request.implicitly-decided");
            assertThat(portal.notices(received.reference()))
                    .extracting(n -> n.notice().kind())
                    .containsExactly(
                            NoticeKind.RECEIPT,
                            NoticeKind.INCOMPLETE,
                            NoticeKind.RECEIPT,
                            NoticeKind.IMPLICIT_ACCEPTANCE_ATTESTATION);
        }

        @Test
        void listsTheMissingPiecesAndTheirDeadlineInPlainFrench() {
            // CRPA art. L114-5: the list, the deadline, and the effect on the period of silence.
            Request received = submit("birth-record");
            at("2026-03-20T10:00:00Z");

            SignedNotice notice = incomplete(received, LocalDate.of(2026, 4, 20)).notices().get(0);

            assertThat(notice.notice().text(Locale.FRENCH))
                    .isEqualTo(
                            """
                            Accusé de réception : pièces à fournir

                            La mairie de Testville a bien reçu votre demande « Demander un acte de\
                             naissance » (référence %1$s) le lundi 16 mars 2026. Pour l'examiner,\
                             il lui manque :
                            - un justificatif de domicile de moins de trois mois

                            Envoyez ces pièces au plus tard le lundi 20 avril 2026 : en ligne, par\
                             courrier ou à l'accueil de la mairie.

                            Le délai au bout duquel le silence de la mairie vaut acceptation\
                             repartira de zéro le jour où la mairie recevra ces pièces (article\
                             L114-5 du code des relations entre le public et l'administration) :\
                             d'ici là, son silence ne vaut pas acceptation. Par exemple, si elle\
                             les reçoit le vendredi 20 mars 2026 et ne vous a pas répondu le\
                             mercredi 20 mai 2026 au soir, votre demande sera acceptée. La mairie\
                             vous écrira la date exacte quand elle recevra les pièces.

                            Pour joindre une personne : Service état civil, Mairie de Testville, 2\
                             rue de la Mairie, 45998 Testville. Téléphone : 02 61 91 00 20. E-mail\
                             : etat-civil@testville.example. Accueil sur place : lundi et mardi de 8 h 30 à 12 h ; mercredi de 8 h 30 à 12 h et de 14 h à 18 h ; jeudi et vendredi de 8 h 30 à 12 h.

                            Pour toute question, donnez votre référence : %1$s.
                            """
                                    .formatted(received.reference()));
            assertThat(notice.notice().facts())
                    .containsEntry("missing", "proof-of-address")
                    .containsEntry("dueBy", "2026-04-20")
                    .containsEntry("exampleComplementedOn", "2026-03-20")
                    .containsEntry("exampleImplicitDecisionOn", "2026-05-20");
        }

        @Test
        void tellsInEnglishThatThePeriodStartsAgainInFullWithTheDayOfAnExample() {
            // CRPA art. L114-5: for an acceptance the period runs only from the pieces' receipt,
            // in full: pieces received on 20 March, the day of the notice, give 20 May, the
            // earliest date; the receipt of the pieces gives the exact one (1 June below).
            Request received = submit("birth-record");
            at("2026-03-20T10:00:00Z");

            SignedNotice notice = incomplete(received, LocalDate.of(2026, 4, 20)).notices().get(0);

            assertThat(notice.notice().paragraphs().get(2).en())
                    .isEqualTo(
                            "The period after which the town hall's silence means yes will start"
                                    + " again from zero on the day the town hall receives these"
                                    + " documents (article L114-5 of the French Code of Relations"
                                    + " between the Public and the Administration): until then,"
                                    + " its silence does not mean yes. For example, if it receives"
                                    + " them on Friday 20 March 2026 and has not answered you by"
                                    + " the end of Wednesday 20 May 2026, your request will be"
                                    + " accepted. The town hall will write to you with the exact"
                                    + " date when it receives the documents.");
        }

        @Test
        void anAcceptanceBornBySilenceHoldsBeforeAnySweep() {
            // F15 and CRPA L231-1: received 16 March, accepted at the end of 16 May. On 20 May,
            // with no sweep run, an officer's refusal read on the earlier version finds the
            // request changed, and the attestation (L232-3) is issued.
            Request received = submit("birth-record");
            at("2026-05-20T08:00:00Z");

            assertThatThrownBy(
                            () ->
                                    portal.apply(
                                            received.reference(),
                                            received.version(),
                                            new RequestCommand.Decide(false),
                                            OFFICER,
                                            Channel.ONLINE))
                    .isInstanceOf(RequestRefusedException.class)
                    .extracting(e -> ((RequestRefusedException) e).reason())
                    .isEqualTo(RequestRefusedException.Reason.STALE_VERSION);
            Request now = portal.request(received.reference()).orElseThrow();
            assertThat(now.status()).isEqualTo(RequestStatus.IMPLICITLY_ACCEPTED);
            assertThatThrownBy(
                            () ->
                                    portal.apply(
                                            now.reference(),
                                            now.version(),
                                            new RequestCommand.Decide(false),
                                            OFFICER,
                                            Channel.ONLINE))
                    .isInstanceOf(RequestRefusedException.class);
            assertThat(portal.attestation(received.reference()).notice().text(Locale.FRENCH))
                    .contains("atteste que votre demande");
        }

        @Test
        void anOfficerStillDecidesOnTheLastDayOfThePeriod() {
            Request received = submit("birth-record");
            at("2026-05-16T20:00:00Z");

            Outcome outcome =
                    portal.apply(
                            received.reference(),
                            received.version(),
                            new RequestCommand.Decide(false),
                            OFFICER,
                            Channel.ONLINE);

            assertThat(outcome.request().status()).isEqualTo(RequestStatus.REJECTED);
        }

        @Test
        void aResidentAccountActsOnItsOwnRequestsOnly() {
            Request sent =
                    ((SubmissionResult.Accepted)
                                    portal.submit(
                                            new Submission(
                                                    "birth-record",
                                                    PortalTests.answers(),
                                                    Channel.ONLINE,
                                                    "key-own-01",
                                                    new Actor.Resident("account-a"))))
                            .request();

            assertThatThrownBy(
                            () ->
                                    portal.apply(
                                            sent.reference(),
                                            sent.version(),
                                            new RequestCommand.Withdraw(),
                                            new Actor.Resident("account-b"),
                                            Channel.ONLINE))
                    .isInstanceOf(RequestRefusedException.class)
                    .extracting(e -> ((RequestRefusedException) e).reason())
                    .isEqualTo(RequestRefusedException.Reason.ACTOR_NOT_ALLOWED);
            assertThat(
                            portal.apply(
                                            sent.reference(),
                                            sent.version(),
                                            new RequestCommand.Withdraw(),
                                            new Actor.Resident("account-a"),
                                            Channel.ONLINE)
                                    .request()
                                    .status())
                    .isEqualTo(RequestStatus.WITHDRAWN);
        }

        @Test
        void refusesAnAttestationBeforeTheAcceptance() {
            Request received = submit("birth-record");

            assertThatThrownBy(() -> portal.attestation(received.reference()))
                    .isInstanceOf(RequestRefusedException.class)
                    .extracting(e -> ((RequestRefusedException) e).reason())
                    .isEqualTo(RequestRefusedException.Reason.NOT_IMPLICITLY_ACCEPTED);
        }

        @Test
        void neverAcceptsImplicitlyWhilePiecesAreMissing() {
            // CRPA art. L114-5: no implicit acceptance until the pieces arrive.
            Request received = submit("birth-record");
            at("2026-03-20T10:00:00Z");
            incomplete(received, LocalDate.of(2026, 4, 20));

            assertThat(portal.sweep(Instant.parse("2026-12-31T12:00:00Z")).decided()).isEmpty();
        }
    }

    @Nested
    class ImplicitRejection {
        @Test
        void suspendsTheRejectionClockUntilThePiecesArrive() {
            // CRPA art. L114-5: the period of implicit rejection is suspended while pieces are
            // awaited; here from 20 March to 1 April, 12 days: 16 May becomes 28 May.
            Request received = submit("terrace-permit");
            at("2026-03-20T10:00:00Z");
            Outcome incomplete = incomplete(received, LocalDate.of(2026, 4, 20));
            // Until the pieces arrive, the latest date: suspended up to 20 April, 31 days.
            assertThat(incomplete.request().implicitDecision().bornOn())
                    .isEqualTo(LocalDate.of(2026, 6, 16));
            // The notice says "suspended", as L114-5 does, and gives that latest date; pieces 19
            // days before 20 April bring it 19 days forward, to 28 May, as computed below.
            LocalizedText rejection = incomplete.notices().get(0).notice().paragraphs().get(2);
            assertThat(rejection.fr())
                    .isEqualTo(
                            "Le délai au bout duquel le silence de la mairie vaut refus est"
                                    + " suspendu jusqu'à ce que la mairie reçoive ces pièces, et au"
                                    + " plus tard jusqu'au lundi 20 avril 2026 (article L114-5 du"
                                    + " code des relations entre le public et l'administration). Si"
                                    + " la mairie ne vous a pas répondu le mardi 16 juin 2026 au"
                                    + " soir, votre demande sera refusée. Si les pièces arrivent"
                                    + " avant le lundi 20 avril 2026, cette date avance du même"
                                    + " nombre de jours : la mairie vous écrira la nouvelle date"
                                    + " quand elle les recevra.");
            assertThat(rejection.en())
                    .isEqualTo(
                            "The period after which the town hall's silence means no is"
                                    + " suspended until the town hall receives these documents, and"
                                    + " until Monday 20 April 2026 at the latest (article L114-5 of"
                                    + " the French Code of Relations between the Public and the"
                                    + " Administration). If the town hall has not answered you by"
                                    + " the end of Tuesday 16 June 2026, your request will be"
                                    + " refused. If the documents arrive before Monday 20 April"
                                    + " 2026, this date moves earlier by the same number of days:"
                                    + " the town hall will write to you with the new date when it"
                                    + " receives them.");
            assertThat(incomplete.notices().get(0).notice().facts())
                    .containsEntry("latestImplicitDecisionOn", "2026-06-16");

            at("2026-04-01T08:00:00Z");
            Outcome complemented =
                    portal.apply(
                            received.reference(),
                            incomplete.request().version(),
                            new RequestCommand.Complement(),
                            new Actor.Resident("account-2"),
                            Channel.POST);

            assertThat(complemented.request().implicitDecision().bornOn())
                    .isEqualTo(LocalDate.of(2026, 5, 28));
            assertThat(portal.sweep(Instant.parse("2026-05-29T08:00:00Z")).decided())
                    .containsExactly(received.reference());
            assertThat(portal.request(received.reference()).orElseThrow().status())
                    .isEqualTo(RequestStatus.IMPLICITLY_REJECTED);
        }
    }

    @Nested
    class ExpressDecision {
        @Test
        void statesTheAppealDeadlineOnARefusal() {
            // CJA art. R421-1 and R421-5: two months, stated in the notice for the period to run.
            Request received = submit("terrace-permit");
            at("2026-03-24T13:00:00Z");

            Outcome outcome =
                    portal.apply(
                            received.reference(),
                            received.version(),
                            new RequestCommand.Decide(false),
                            OFFICER,
                            Channel.ONLINE);

            assertThat(outcome.request().status()).isEqualTo(RequestStatus.REJECTED);
            assertThat(outcome.notices().get(0).notice().facts())
                    .containsEntry("appealLastDay", "2026-05-26")
                    .containsEntry("decision", "rejected");
        }

        @Test
        void refusesAStaleVersionAndChangesNothing() {
            Request received = submit("birth-record");
            portal.apply(
                    received.reference(),
                    received.version(),
                    new RequestCommand.StartReview(),
                    OFFICER,
                    Channel.ONLINE);

            assertThatThrownBy(
                            () ->
                                    portal.apply(
                                            received.reference(),
                                            received.version(),
                                            new RequestCommand.Decide(true),
                                            OFFICER,
                                            Channel.ONLINE))
                    .isInstanceOf(RequestRefusedException.class)
                    .hasMessage(
                            "Request "
                                    + received.reference()
                                    + " is at version 3, not 2; read it again");
            assertThat(portal.request(received.reference()).orElseThrow().status())
                    .isEqualTo(RequestStatus.UNDER_REVIEW);
        }

        @Test
        void refusesAnUnknownReference() {
            assertThatThrownBy(
                            () ->
                                    portal.apply(
                                            Reference.of("TV", "23456789"),
                                            1,
                                            new RequestCommand.Withdraw(),
                                            Actor.anonymousResident(),
                                            Channel.ONLINE))
                    .isInstanceOf(RequestRefusedException.class)
                    .extracting(e -> ((RequestRefusedException) e).reason())
                    .isEqualTo(RequestRefusedException.Reason.UNKNOWN_REQUEST);
        }
    }

    @Nested
    class Listings {
        @Test
        void listsTheLastSevenDaysAcrossTheSpringDaylightSavingChangeCaseF12() {
            // Case F12: asked at 2026-04-05T00:30Z (02:30 in Paris); the clocks moved on 29 March.
            // The lower bound is the instant 2026-03-29T00:30Z, 7 x 24 h earlier.
            at("2026-03-29T00:29:59Z");
            submit("birth-record");
            at("2026-03-29T00:30:00Z");
            Request inside = submit("terrace-permit");
            at("2026-04-05T00:30:00Z");

            assertThat(portal.receivedInLastDays(7))
                    .extracting(Request::reference)
                    .containsExactly(inside.reference());
        }

        @Test
        void listsARequestReceivedAtTheClocksCurrentInstant() {
            // With a fixed clock, a request just submitted is received at "now": the last days
            // run from now - n × 24 h to now, both included.
            at("2026-03-16T09:05:00Z");
            Request now = submit("birth-record");

            assertThat(portal.receivedInLastDays(1))
                    .extracting(Request::reference)
                    .containsExactly(now.reference());
        }

        @Test
        void listsARequestReceivedExactlyNDaysAgoButNotOneNanosecondBefore() {
            at("2026-03-09T09:04:59.999999999Z");
            submit("birth-record", "key-too-early");
            at("2026-03-09T09:05:00Z");
            Request first = submit("birth-record", "key-first");
            at("2026-03-16T09:05:00Z");
            Request last = submit("birth-record", "key-last");

            assertThat(portal.receivedInLastDays(7))
                    .extracting(Request::reference)
                    .containsExactly(first.reference(), last.reference());
        }
    }

    @Nested
    class Concurrency {
        @Test
        void letsOneOfEightConcurrentCommandsFromTheSameVersionWin() throws Exception {
            Request received = submit("birth-record");
            java.util.concurrent.ExecutorService pool =
                    java.util.concurrent.Executors.newFixedThreadPool(8);
            try {
                List<java.util.concurrent.Callable<Boolean>> calls = new java.util.ArrayList<>();
                for (int i = 0; i < 8; i++) {
                    calls.add(
                            () -> {
                                try {
                                    portal.apply(
                                            received.reference(),
                                            received.version(),
                                            new RequestCommand.StartReview(),
                                            OFFICER,
                                            Channel.ONLINE);
                                    return true;
                                } catch (RequestRefusedException e) {
                                    return false;
                                }
                            });
                }
                int wins = 0;
                for (var future : pool.invokeAll(calls)) {
                    wins += future.get() ? 1 : 0;
                }

                assertThat(wins).isEqualTo(1);
                assertThat(portal.request(received.reference()).orElseThrow().version())
                        .isEqualTo(3);
            } finally {
                pool.shutdownNow();
            }
        }
    }

    @Nested
    class Events {
        @Test
        void keepsTheTransitionWhenTheSinkFails() {
            Portal failing =
                    Portal.builder(TestCommune.catalogue())
                            .clock(clock)
                            .events(
                                    event -> {
                                        throw new IllegalStateException("broker down");
                                    })
                            .build();

            SubmissionResult result =
                    failing.submit(
                            new Submission(
                                    "birth-record",
                                    PortalTests.answers(),
                                    Channel.ONLINE,
                                    "sink-fails-1"));

            Request request = ((SubmissionResult.Accepted) result).request();
            assertThat(failing.request(request.reference())).isPresent();
            // The receipt alone: it is issued at once, so no acknowledgement of registration is
            // due (CRPA art. L112-11, R112-11-2).
            assertThat(failing.notices(request.reference()))
                    .extracting(n -> n.notice().kind())
                    .containsExactly(NoticeKind.RECEIPT);
        }
    }

    @Nested
    class Drafts {
        @Test
        void savesChecksAStepResumesAndSubmits() {
            DraftResult first =
                    portal.saveDraft(
                            "birth-record",
                            "person",
                            Answers.ofText(Map.of("family-name", "Martin")),
                            null,
                            Actor.anonymousResident(),
                            Channel.ONLINE);
            assertThat(first).isInstanceOf(DraftResult.ToPutRight.class);
            assertThat(store.count()).isZero();

            DraftResult saved =
                    portal.saveDraft(
                            "birth-record",
                            "person",
                            PortalTests.answers(),
                            null,
                            Actor.anonymousResident(),
                            Channel.ONLINE);
            Draft draft = ((DraftResult.Saved) saved).draft();
            Draft resumed = portal.draft(draft.reference()).orElseThrow();
            assertThat(resumed.version()).isEqualTo(1);
            assertThat(resumed.toString()).doesNotContain("Martin");

            SubmissionResult result =
                    portal.submitDraft(resumed, "draft-submit-1", Actor.anonymousResident());

            Request request = ((SubmissionResult.Accepted) result).request();
            assertThat(request.reference()).isEqualTo(draft.reference());
            assertThat(portal.draft(draft.reference())).isEmpty();
        }

        @Test
        void sendsADraftFromTheAccountThatSavedItOnly() {
            Draft draft =
                    ((DraftResult.Saved)
                                    portal.saveDraft(
                                            "birth-record",
                                            "person",
                                            PortalTests.answers(),
                                            null,
                                            new Actor.Resident("account-a"),
                                            Channel.ONLINE))
                            .draft();

            assertThatThrownBy(
                            () ->
                                    portal.submitDraft(
                                            draft,
                                            "draft-other-1",
                                            new Actor.Resident("account-b")))
                    .isInstanceOf(RequestRefusedException.class)
                    .extracting(e -> ((RequestRefusedException) e).reason())
                    .isEqualTo(RequestRefusedException.Reason.ACTOR_NOT_ALLOWED);
            assertThat(portal.draft(draft.reference())).isPresent();
            assertThat(portal.submitDraft(draft, "draft-own-1", new Actor.Resident("account-a")))
                    .isInstanceOf(SubmissionResult.Accepted.class);
        }

        @Test
        void refusesToSaveOverANewerDraft() {
            Draft draft =
                    ((DraftResult.Saved)
                                    portal.saveDraft(
                                            "birth-record",
                                            "person",
                                            PortalTests.answers(),
                                            null,
                                            Actor.anonymousResident(),
                                            Channel.ONLINE))
                            .draft();
            portal.saveDraft(
                    "birth-record",
                    "person",
                    PortalTests.answers(),
                    draft,
                    Actor.anonymousResident(),
                    Channel.ONLINE);

            assertThatThrownBy(
                            () ->
                                    portal.saveDraft(
                                            "birth-record",
                                            "person",
                                            PortalTests.answers(),
                                            draft,
                                            Actor.anonymousResident(),
                                            Channel.ONLINE))
                    .isInstanceOf(RequestRefusedException.class)
                    .extracting(e -> ((RequestRefusedException) e).reason())
                    .isEqualTo(RequestRefusedException.Reason.STALE_VERSION);
        }

        @Test
        void refusesAsStaleTheLoserOfTwoSimultaneousSubmitsOfOneDraft() throws Exception {
            // Case F13: one draft sent at once from two tabs, each with its own key, gives one
            // request; the other send is the refusal any late send of a submitted draft gets,
            // never a store error. 200 rounds of two threads released together.
            ExecutorService pool = Executors.newFixedThreadPool(2);
            try {
                for (int round = 0; round < 200; round++) {
                    Draft draft = savedDraft();
                    CountDownLatch start = new CountDownLatch(1);
                    Future<Object> a = pool.submit(() -> send(start, draft, "tab-a-key-1"));
                    Future<Object> b = pool.submit(() -> send(start, draft, "tab-b-key-1"));
                    start.countDown();
                    List<Object> outcomes = List.of(a.get(), b.get());

                    assertThat(outcomes)
                            .filteredOn(SubmissionResult.Accepted.class::isInstance)
                            .hasSize(1);
                    assertThat(outcomes)
                            .filteredOn(o -> !(o instanceof SubmissionResult.Accepted))
                            .singleElement()
                            .isInstanceOfSatisfying(
                                    RequestRefusedException.class,
                                    e -> {
                                        assertThat(e.reason())
                                                .isEqualTo(
                                                        RequestRefusedException.Reason
                                                                .STALE_VERSION);
                                        assertThat(e.reference()).isEqualTo(draft.reference());
                                        assertThat(e)
                                                .hasMessage(
                                                        "Draft "
                                                                + draft.reference()
                                                                + " changed or was submitted;"
                                                                + " read it again");
                                    });
                    assertThat(portal.draft(draft.reference())).isEmpty();
                    assertThat(store.count()).isEqualTo(round + 1L);
                }
            } finally {
                pool.shutdownNow();
            }
        }

        private Object send(CountDownLatch start, Draft draft, String key) throws Exception {
            start.await();
            try {
                return portal.submitDraft(
                        draft, key + draft.reference(), Actor.anonymousResident());
            } catch (RuntimeException e) {
                return e;
            }
        }

        private Draft savedDraft() {
            return ((DraftResult.Saved)
                            portal.saveDraft(
                                    "birth-record",
                                    "person",
                                    PortalTests.answers(),
                                    null,
                                    Actor.anonymousResident(),
                                    Channel.ONLINE))
                    .draft();
        }
    }
}
