package io.portail.core.request;

import static io.portail.core.request.Requests.PARIS;
import static io.portail.core.request.Requests.PIECE;
import static org.assertj.core.api.Assertions.assertThat;

import io.portail.core.deadline.ImplicitDecision;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

class RequestProperties {
    /** One step of a random session: after some hours, someone tries a command. */
    record Step(int hours, int command, int actor) {}

    static final List<Actor> ACTORS =
            List.of(
                    Requests.RESIDENT,
                    Requests.OFFICER,
                    Requests.SYSTEM,
                    new Actor.DeskAgent("desk-1"),
                    new Actor.LegalRepresentative("rep-1"),
                    new Actor.MandatedHelper(
                            "helper-1",
                            new Mandate(Set.of("birth-record"), LocalDate.of(2026, 4, 30))));

    @Provide
    Arbitrary<List<Step>> sessions() {
        return Combinators.combine(
                        Arbitraries.integers().between(0, 24 * 40),
                        Arbitraries.integers().between(0, 8),
                        Arbitraries.integers().between(0, ACTORS.size() - 1))
                .as(Step::new)
                .list()
                .ofMaxSize(30);
    }

    static RequestCommand command(int index, LocalDate today) {
        return switch (index) {
            case 0 -> new RequestCommand.Receive();
            case 1 -> new RequestCommand.MarkIncomplete(List.of(PIECE), today.plusDays(30));
            case 2 -> new RequestCommand.Complement();
            case 3 -> new RequestCommand.StartReview();
            case 4 -> new RequestCommand.Decide(true);
            case 5 -> new RequestCommand.Decide(false);
            case 6 -> new RequestCommand.DecideImplicitly();
            case 7 -> new RequestCommand.Withdraw();
            default -> new RequestCommand.Close();
        };
    }

    static Request run(Request start, List<Step> steps) {
        Request request = start;
        Instant at = Requests.RECEIVED_AT;
        for (Step step : steps) {
            at = at.plus(Duration.ofHours(step.hours()));
            RequestCommand command = command(step.command(), LocalDate.ofInstant(at, PARIS));
            Request before = request;
            try {
                request =
                        request.apply(
                                request.version(),
                                command,
                                ACTORS.get(step.actor()),
                                Channel.ONLINE,
                                at,
                                PARIS);
            } catch (RequestRefusedException refused) {
                assertThat(request).isSameAs(before);
                continue;
            }
            checkLegal(before, request);
        }
        return request;
    }

    static void checkLegal(Request before, Request after) {
        assertThat(after.version()).isEqualTo(before.version() + 1);
        assertThat(after.history().subList(0, before.version())).isEqualTo(before.history());
        if (before.status().isEnded()) {
            assertThat(after.status()).isEqualTo(RequestStatus.CLOSED);
            assertThat(before.status()).isNotEqualTo(RequestStatus.CLOSED);
        }
        if (after.status() == RequestStatus.IMPLICITLY_ACCEPTED) {
            assertThat(after.clock().kind()).isEqualTo(ImplicitDecision.Kind.ACCEPTANCE);
            assertThat(before.status()).isNotEqualTo(RequestStatus.INCOMPLETE);
        }
        if (after.status() == RequestStatus.IMPLICITLY_REJECTED) {
            assertThat(after.clock().kind()).isEqualTo(ImplicitDecision.Kind.REJECTION);
        }
        if (after.status() == RequestStatus.INCOMPLETE
                && after.clock().kind() == ImplicitDecision.Kind.ACCEPTANCE) {
            assertThat(after.implicitDecision()).isNull();
        }
        HistoryEntry last = after.history().get(after.version() - 1);
        if (last.command() instanceof RequestCommand.DecideImplicitly) {
            assertThat(last.actor()).isInstanceOf(Actor.System.class);
        }
        if (last.command() instanceof RequestCommand.Decide) {
            assertThat(last.actor()).isInstanceOf(Actor.Officer.class);
        }
    }

    @Property
    void noSequenceOfCommandsReachesAnIllegalState(
            @ForAll("sessions") List<Step> steps, @ForAll boolean acceptance) {
        run(
                Requests.received(
                        acceptance
                                ? ImplicitDecision.Kind.ACCEPTANCE
                                : ImplicitDecision.Kind.REJECTION),
                steps);
    }

    @Property
    void theHistoryReplaysToTheSameState(
            @ForAll("sessions") List<Step> steps, @ForAll boolean acceptance) {
        Request request =
                run(
                        Requests.received(
                                acceptance
                                        ? ImplicitDecision.Kind.ACCEPTANCE
                                        : ImplicitDecision.Kind.REJECTION),
                        steps);

        assertThat(request.replay(PARIS)).isEqualTo(request);
    }
}
