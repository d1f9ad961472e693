package io.portail.core.request;

import static io.portail.core.request.Requests.OFFICER;
import static io.portail.core.request.Requests.PARIS;
import static io.portail.core.request.Requests.PIECE;
import static io.portail.core.request.Requests.RESIDENT;
import static io.portail.core.request.Requests.SYSTEM;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.portail.core.deadline.ImplicitDecision;
import io.portail.core.request.RequestRefusedException.Reason;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class RequestTests {
    static final Instant LATER = Instant.parse("2026-03-20T10:00:00Z");

    static Request received() {
        return Requests.received(ImplicitDecision.Kind.ACCEPTANCE);
    }

    static Reason refusal(Runnable action) {
        try {
            action.run();
        } catch (RequestRefusedException e) {
            return e.reason();
        }
        throw new AssertionError("Expected a refusal");
    }

    @Nested
    class Transitions {
        @Test
        void startsSubmittedThenReceivedWithTwoHistoryEntries() {
            Request request = received();

            assertThat(request.status()).isEqualTo(RequestStatus.RECEIVED);
            assertThat(request.version()).isEqualTo(2);
            assertThat(request.history())
                    .extracting(HistoryEntry::from, HistoryEntry::to)
                    .containsExactly(
                            org.assertj.core.groups.Tuple.tuple(
                                    RequestStatus.DRAFT, RequestStatus.SUBMITTED),
                            org.assertj.core.groups.Tuple.tuple(
                                    RequestStatus.SUBMITTED, RequestStatus.RECEIVED));
        }

        @Test
        void refusesToDecideAWithdrawnRequestWithAReason() {
            Request withdrawn =
                    received()
                            .apply(
                                    2,
                                    new RequestCommand.Withdraw(),
                                    RESIDENT,
                                    Channel.ONLINE,
                                    LATER,
                                    PARIS);

            assertThatThrownBy(
                            () ->
                                    withdrawn.apply(
                                            3,
                                            new RequestCommand.Decide(true),
                                            OFFICER,
                                            Channel.ONLINE,
                                            LATER,
                                            PARIS))
                    .isInstanceOf(RequestRefusedException.class)
                    .hasMessage(
                            "A request withdrawn cannot be 'decided': TV-2345-6789-"
                                    + withdrawn.reference().checkCharacter());
        }

        @Test
        void refusesAStaleVersion() {
            assertThat(
                            refusal(
                                    () ->
                                            received()
                                                    .apply(
                                                            1,
                                                            new RequestCommand.StartReview(),
                                                            OFFICER,
                                                            Channel.ONLINE,
                                                            LATER,
                                                            PARIS)))
                    .isEqualTo(Reason.STALE_VERSION);
        }

        @Test
        void closesAnIncompleteRequestOnlyAfterItsDeadline() {
            Request incomplete =
                    received()
                            .apply(
                                    2,
                                    new RequestCommand.MarkIncomplete(
                                            List.of(PIECE), LocalDate.of(2026, 4, 20)),
                                    OFFICER,
                                    Channel.ONLINE,
                                    LATER,
                                    PARIS);

            assertThat(
                            refusal(
                                    () ->
                                            incomplete.apply(
                                                    3,
                                                    new RequestCommand.Close(),
                                                    OFFICER,
                                                    Channel.ONLINE,
                                                    Instant.parse("2026-04-20T20:00:00Z"),
                                                    PARIS)))
                    .isEqualTo(Reason.COMPLEMENT_STILL_DUE);
            assertThat(
                            incomplete
                                    .apply(
                                            3,
                                            new RequestCommand.Close(),
                                            OFFICER,
                                            Channel.ONLINE,
                                            Instant.parse("2026-04-20T22:00:00Z"),
                                            PARIS)
                                    .status())
                    .isEqualTo(RequestStatus.CLOSED);
        }

        @Test
        void refusesTheImplicitDecisionBeforeItIsBorn() {
            // Case F15: received 16 March, born at the end of 16 May, relied on from 17 May.
            Request request = received();

            assertThat(
                            refusal(
                                    () ->
                                            request.apply(
                                                    2,
                                                    new RequestCommand.DecideImplicitly(),
                                                    SYSTEM,
                                                    Channel.ONLINE,
                                                    Instant.parse("2026-05-16T21:59:00Z"),
                                                    PARIS)))
                    .isEqualTo(Reason.IMPLICIT_DECISION_NOT_DUE);
            assertThat(
                            request.apply(
                                            2,
                                            new RequestCommand.DecideImplicitly(),
                                            SYSTEM,
                                            Channel.ONLINE,
                                            Instant.parse("2026-05-16T22:00:00Z"),
                                            PARIS)
                                    .status())
                    .isEqualTo(RequestStatus.IMPLICITLY_ACCEPTED);
        }

        @Test
        void hasNoImplicitDecisionWithoutARegime() {
            Request request = Requests.received(null);

            assertThat(
                            refusal(
                                    () ->
                                            request.apply(
                                                    2,
                                                    new RequestCommand.DecideImplicitly(),
                                                    SYSTEM,
                                                    Channel.ONLINE,
                                                    Instant.parse("2027-01-01T00:00:00Z"),
                                                    PARIS)))
                    .isEqualTo(Reason.NO_IMPLICIT_DECISION);
        }
    }

    @Nested
    class Actors {
        @ParameterizedTest
        @CsvSource({
            "RESIDENT, decide",
            "SYSTEM, decide",
            "OFFICER, withdraw",
            "OFFICER, implicit",
            "RESIDENT, implicit",
        })
        void refusesAnActorOfTheWrongSide(String who, String what) {
            Actor actor =
                    switch (who) {
                        case "RESIDENT" -> RESIDENT;
                        case "SYSTEM" -> SYSTEM;
                        default -> OFFICER;
                    };
            RequestCommand command =
                    switch (what) {
                        case "decide" -> new RequestCommand.Decide(true);
                        case "withdraw" -> new RequestCommand.Withdraw();
                        default -> new RequestCommand.DecideImplicitly();
                    };

            assertThat(
                            refusal(
                                    () ->
                                            received()
                                                    .apply(
                                                            2,
                                                            command,
                                                            actor,
                                                            Channel.ONLINE,
                                                            Instant.parse("2026-06-01T00:00:00Z"),
                                                            PARIS)))
                    .isEqualTo(Reason.ACTOR_NOT_ALLOWED);
        }

        @Test
        void letsADeskAgentWithdrawForTheResident() {
            Request withdrawn =
                    received()
                            .apply(
                                    2,
                                    new RequestCommand.Withdraw(),
                                    new Actor.DeskAgent("desk-3"),
                                    Channel.DESK,
                                    LATER,
                                    PARIS);

            HistoryEntry last = withdrawn.history().get(2);
            assertThat(last.actor()).isEqualTo(new Actor.DeskAgent("desk-3"));
            assertThat(last.channel()).isEqualTo(Channel.DESK);
            assertThat(last.actor().toString()).isEqualTo("DeskAgent");
        }

        @Test
        void refusesAnExpiredMandate() {
            Actor helper =
                    new Actor.MandatedHelper(
                            "helper-9",
                            new Mandate(Set.of("birth-record"), LocalDate.of(2026, 3, 19)));

            assertThat(
                            refusal(
                                    () ->
                                            received()
                                                    .apply(
                                                            2,
                                                            new RequestCommand.Withdraw(),
                                                            helper,
                                                            Channel.ONLINE,
                                                            LATER,
                                                            PARIS)))
                    .isEqualTo(Reason.MANDATE_EXPIRED);
        }

        @Test
        void acceptsAMandateOnItsLastDay() {
            Actor helper =
                    new Actor.MandatedHelper(
                            "helper-9",
                            new Mandate(Set.of("birth-record"), LocalDate.of(2026, 3, 20)));

            assertThat(
                            received()
                                    .apply(
                                            2,
                                            new RequestCommand.Withdraw(),
                                            helper,
                                            Channel.ONLINE,
                                            LATER,
                                            PARIS)
                                    .status())
                    .isEqualTo(RequestStatus.WITHDRAWN);
        }

        @Test
        void refusesAMandateForAnotherProcedure() {
            Actor helper =
                    new Actor.MandatedHelper(
                            "helper-9",
                            new Mandate(Set.of("school-registration"), LocalDate.of(2027, 1, 1)));

            assertThat(
                            refusal(
                                    () ->
                                            received()
                                                    .apply(
                                                            2,
                                                            new RequestCommand.Withdraw(),
                                                            helper,
                                                            Channel.ONLINE,
                                                            LATER,
                                                            PARIS)))
                    .isEqualTo(Reason.MANDATE_OUT_OF_SCOPE);
        }
    }
}
