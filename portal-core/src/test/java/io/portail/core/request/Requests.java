package io.portail.core.request;

import io.portail.core.deadline.ImplicitDecision;
import io.portail.core.reference.Reference;
import io.portail.forms.validation.NormalisedAnswers;
import io.portail.privacy.text.LocalizedText;
import java.time.Instant;
import java.time.Period;
import java.time.ZoneId;
import java.util.List;
import org.jspecify.annotations.Nullable;

/** Requests for the lifecycle tests, received on Monday 16 March 2026 at 10:05 in Paris. */
final class Requests {
    static final ZoneId PARIS = ZoneId.of("Europe/Paris");
    static final Instant RECEIVED_AT = Instant.parse("2026-03-16T09:05:00Z");
    static final Actor OFFICER = new Actor.Officer("agent-1");
    static final Actor SYSTEM = new Actor.System();
    static final Actor RESIDENT = new Actor.Resident("account-1");
    static final MissingPiece PIECE =
            new MissingPiece("proof-of-address", LocalizedText.same("justificatif de domicile"));

    private Requests() {}

    static Request received(ImplicitDecision.@Nullable Kind kind) {
        DecisionClock clock =
                kind == null ? null : DecisionClock.notStarted(kind, Period.ofMonths(2));
        Request submitted =
                Request.submitted(
                        Reference.of("TV", "23456789"),
                        "birth-record",
                        1,
                        RECEIVED_AT,
                        Channel.ONLINE,
                        new NormalisedAnswers(List.of()),
                        clock,
                        RESIDENT,
                        PARIS);
        return submitted.apply(
                1, new RequestCommand.Receive(), SYSTEM, Channel.ONLINE, RECEIVED_AT, PARIS);
    }
}
