package io.portail.core.request;

import static java.util.Objects.requireNonNull;

import io.portail.core.deadline.ImplicitDecision;
import io.portail.core.internal.Ids;
import io.portail.core.reference.Reference;
import io.portail.core.request.RequestRefusedException.Reason;
import io.portail.forms.validation.NormalisedAnswers;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/**
 * A request (dossier) a resident submitted, with its lifecycle and append-only history.
 *
 * <p>Every change goes through {@link #apply}, which checks the expected version (optimistic
 * versioning), the transition, and who acts, and returns a new request with one more history entry;
 * a refused command throws {@link RequestRefusedException} and changes nothing.
 *
 * <p>Immutable. {@code toString} shows the reference, procedure, status and version, never the
 * answers.
 *
 * @param reference the reference given to the resident
 * @param procedureId the procedure's id
 * @param procedureVersion the version of the procedure and form it was submitted on
 * @param receivedAt when the commune received it (when it was submitted, before it is received)
 * @param channel how it reached the commune
 * @param answers the checked answers
 * @param status where it stands
 * @param version the version, the number of history entries
 * @param clock the clock of its implicit decision, or null if the procedure has none
 * @param missingPieces what is missing while it is incomplete, otherwise empty
 * @param complementDueBy the last day to provide the missing pieces while incomplete, otherwise
 *     null
 * @param history what happened to it, oldest first
 */
public record Request(
        Reference reference,
        String procedureId,
        int procedureVersion,
        Instant receivedAt,
        Channel channel,
        NormalisedAnswers answers,
        RequestStatus status,
        int version,
        @Nullable DecisionClock clock,
        List<MissingPiece> missingPieces,
        @Nullable LocalDate complementDueBy,
        List<HistoryEntry> history) {
    private static final Set<RequestStatus> REVIEWABLE =
            EnumSet.of(RequestStatus.RECEIVED, RequestStatus.COMPLEMENTED);
    private static final Set<RequestStatus> ASKABLE =
            EnumSet.of(
                    RequestStatus.RECEIVED, RequestStatus.COMPLEMENTED, RequestStatus.UNDER_REVIEW);
    private static final Set<RequestStatus> DECIDED =
            EnumSet.of(
                    RequestStatus.ACCEPTED,
                    RequestStatus.REJECTED,
                    RequestStatus.IMPLICITLY_ACCEPTED,
                    RequestStatus.IMPLICITLY_REJECTED,
                    RequestStatus.WITHDRAWN);

    /**
     * Checks the request's invariants.
     *
     * @param reference the reference
     * @param procedureId the procedure's id
     * @param procedureVersion the version of the procedure
     * @param receivedAt when the commune received it
     * @param channel how it reached the commune
     * @param answers the checked answers
     * @param status where it stands
     * @param version the number of history entries
     * @param clock the clock of its implicit decision, or null
     * @param missingPieces what is missing while incomplete
     * @param complementDueBy the last day to provide them while incomplete
     * @param history what happened to it
     * @throws IllegalArgumentException if the version is not the length of the history, the status
     *     not the last entry's, or missing pieces are given outside the incomplete status
     */
    public Request {
        requireNonNull(reference, "reference");
        requireNonNull(procedureId, "procedureId");
        requireNonNull(receivedAt, "receivedAt");
        requireNonNull(channel, "channel");
        requireNonNull(answers, "answers");
        requireNonNull(status, "status");
        missingPieces = List.copyOf(requireNonNull(missingPieces, "missingPieces"));
        history = List.copyOf(requireNonNull(history, "history"));
        if (history.isEmpty()
                || version != history.size()
                || history.get(history.size() - 1).to() != status
                || history.get(history.size() - 1).version() != version) {
            throw new IllegalArgumentException(
                    "A request's version is the length of its history and its status the last"
                            + " entry's: "
                            + reference);
        }
        boolean incomplete = status == RequestStatus.INCOMPLETE;
        if (incomplete == missingPieces.isEmpty() || incomplete == (complementDueBy == null)) {
            throw new IllegalArgumentException(
                    "Missing pieces and their deadline go with the incomplete status: "
                            + reference);
        }
    }

    /**
     * Creates a request as the resident (or someone for them) submits it: status submitted, version
     * 1.
     *
     * @param reference the reference drawn for it
     * @param procedureId the procedure's id
     * @param procedureVersion the version of the procedure
     * @param at when it was submitted
     * @param channel how it reached the commune
     * @param answers the checked answers
     * @param clock the clock of its implicit decision, not started, or null if there is none
     * @param actor who submitted it, on the resident's side
     * @param zone the commune's zone, in which a mandate's dates are read
     * @return the request
     * @throws RequestRefusedException if the actor does not act for the resident, or a mandate does
     *     not allow it
     */
    public static Request submitted(
            Reference reference,
            String procedureId,
            int procedureVersion,
            Instant at,
            Channel channel,
            NormalisedAnswers answers,
            @Nullable DecisionClock clock,
            Actor actor,
            ZoneId zone) {
        requireNonNull(at, "at");
        requireNonNull(zone, "zone");
        requireNonNull(actor, "actor");
        HistoryEntry first =
                new HistoryEntry(
                        1,
                        at,
                        new RequestCommand.Submit(),
                        RequestStatus.DRAFT,
                        RequestStatus.SUBMITTED,
                        actor,
                        channel);
        Request request =
                new Request(
                        reference,
                        procedureId,
                        procedureVersion,
                        at,
                        channel,
                        answers,
                        RequestStatus.SUBMITTED,
                        1,
                        clock,
                        List.of(),
                        null,
                        List.of(first));
        checkActor(request, first.command(), actor, at, zone);
        return request;
    }

    /**
     * Returns the implicit decision to come, as things stand.
     *
     * @return the decision, or null if the procedure has none or its clock is stopped
     */
    public @Nullable ImplicitDecision implicitDecision() {
        return clock == null ? null : clock.decision();
    }

    /**
     * Applies a command and returns the request after it.
     *
     * @param expectedVersion the version the caller read; a different one is refused
     * @param command what is done
     * @param actor who does it
     * @param channel through which channel
     * @param at when, not before the last history entry
     * @param zone the commune's zone, in which legal dates are reckoned
     * @return the new request, with one more history entry
     * @throws RequestRefusedException if the version is stale, the command not allowed from this
     *     status, or not by this actor
     * @throws IllegalArgumentException if {@code at} is before the last entry, or the deadline of
     *     missing pieces is not after the day they are asked
     */
    public Request apply(
            int expectedVersion,
            RequestCommand command,
            Actor actor,
            Channel channel,
            Instant at,
            ZoneId zone) {
        requireNonNull(command, "command");
        requireNonNull(actor, "actor");
        requireNonNull(channel, "channel");
        requireNonNull(at, "at");
        requireNonNull(zone, "zone");
        if (expectedVersion != version) {
            throw new RequestRefusedException(
                    Reason.STALE_VERSION,
                    reference,
                    "Request "
                            + reference
                            + " is at version "
                            + version
                            + ", not "
                            + expectedVersion
                            + "; read it again");
        }
        if (at.isBefore(history.get(history.size() - 1).at())) {
            throw new IllegalArgumentException(
                    "A history entry is not before the last one: " + reference);
        }
        checkActor(this, command, actor, at, zone);
        LocalDate today = LocalDate.ofInstant(at, zone);
        RequestStatus to;
        DecisionClock nextClock = clock;
        List<MissingPiece> missing = List.of();
        LocalDate dueBy = null;
        if (command instanceof RequestCommand.Receive) {
            to = from(RequestStatus.RECEIVED, command, RequestStatus.SUBMITTED);
            nextClock = clock == null ? null : clock.start(today);
        } else if (command instanceof RequestCommand.MarkIncomplete) {
            var incomplete = (RequestCommand.MarkIncomplete) command;
            to = from(RequestStatus.INCOMPLETE, command, ASKABLE);
            if (!incomplete.dueBy().isAfter(today)) {
                throw new IllegalArgumentException(
                        "The deadline to provide missing pieces comes after the day they are"
                                + " asked: "
                                + incomplete.dueBy());
            }
            nextClock = clock == null ? null : clock.piecesAsked(today, incomplete.dueBy());
            missing = incomplete.missing();
            dueBy = incomplete.dueBy();
        } else if (command instanceof RequestCommand.Complement) {
            to = from(RequestStatus.COMPLEMENTED, command, RequestStatus.INCOMPLETE);
            nextClock = clock == null ? null : clock.piecesReceived(today);
        } else if (command instanceof RequestCommand.StartReview) {
            to = from(RequestStatus.UNDER_REVIEW, command, REVIEWABLE);
        } else if (command instanceof RequestCommand.Decide) {
            to =
                    from(
                            ((RequestCommand.Decide) command).accepted()
                                    ? RequestStatus.ACCEPTED
                                    : RequestStatus.REJECTED,
                            command,
                            status.isPending());
        } else if (command instanceof RequestCommand.DecideImplicitly) {
            to = implicitly(today);
        } else if (command instanceof RequestCommand.Withdraw) {
            to =
                    from(
                            RequestStatus.WITHDRAWN,
                            command,
                            status == RequestStatus.SUBMITTED || status.isPending());
        } else if (command instanceof RequestCommand.Close) {
            to = from(RequestStatus.CLOSED, command, DECIDED.contains(status) || closable(today));
        } else {
            throw illegal(command);
        }
        List<HistoryEntry> next = new ArrayList<>(history);
        next.add(new HistoryEntry(version + 1, at, command, status, to, actor, channel));
        return new Request(
                reference,
                procedureId,
                procedureVersion,
                receivedAt,
                channel(),
                answers,
                to,
                version + 1,
                nextClock,
                missing,
                dueBy,
                next);
    }

    /**
     * Rebuilds the request by replaying its history from its submission.
     *
     * @param zone the commune's zone, the one the commands were applied in
     * @return a request equal to this one when the history is consistent
     * @throws RequestRefusedException if an entry of the history is not allowed
     */
    public Request replay(ZoneId zone) {
        HistoryEntry first = history.get(0);
        DecisionClock start =
                clock == null ? null : DecisionClock.notStarted(clock.kind(), clock.period());
        Request replayed =
                new Request(
                        reference,
                        procedureId,
                        procedureVersion,
                        receivedAt,
                        channel,
                        answers,
                        first.to(),
                        1,
                        start,
                        List.of(),
                        null,
                        List.of(first));
        for (HistoryEntry entry : history.subList(1, history.size())) {
            replayed =
                    replayed.apply(
                            replayed.version(),
                            entry.command(),
                            entry.actor(),
                            entry.channel(),
                            entry.at(),
                            zone);
        }
        return replayed;
    }

    /** Which actor may do what; mandates are checked on the day of the command. */
    private static void checkActor(
            Request request, RequestCommand command, Actor actor, Instant at, ZoneId zone) {
        boolean residentSide =
                command instanceof RequestCommand.Submit
                        || command instanceof RequestCommand.Complement
                        || command instanceof RequestCommand.Withdraw;
        boolean allowed;
        if (residentSide) {
            allowed = actor.actsForResident();
        } else if (command instanceof RequestCommand.DecideImplicitly) {
            allowed = actor instanceof Actor.System;
        } else if (command instanceof RequestCommand.Receive) {
            allowed = actor instanceof Actor.System || actor instanceof Actor.Officer;
        } else {
            allowed = actor instanceof Actor.Officer;
        }
        if (!allowed) {
            throw new RequestRefusedException(
                    Reason.ACTOR_NOT_ALLOWED,
                    request.reference(),
                    "A "
                            + actor
                            + " may not do '"
                            + command.name()
                            + "' on "
                            + request.reference());
        }
        // A resident acting from an account acts on the requests sent from that account only; a
        // request sent without an account, and who a desk agent or a helper acts for, are the
        // host's to check.
        if (residentSide && actor instanceof Actor.Resident && !request.history().isEmpty()) {
            Actor sender = request.history().get(0).actor();
            if (sender instanceof Actor.Resident
                    && !sender.equals(Actor.anonymousResident())
                    && !sender.equals(actor)) {
                throw new RequestRefusedException(
                        Reason.ACTOR_NOT_ALLOWED,
                        request.reference(),
                        "Only the account that sent "
                                + request.reference()
                                + " may do '"
                                + command.name()
                                + "' on it");
            }
        }
        if (actor instanceof Actor.MandatedHelper) {
            Mandate mandate = ((Actor.MandatedHelper) actor).mandate();
            if (!mandate.covers(request.procedureId())) {
                throw new RequestRefusedException(
                        Reason.MANDATE_OUT_OF_SCOPE,
                        request.reference(),
                        "The helper's mandate does not cover procedure "
                                + Ids.shown(request.procedureId()));
            }
            if (!mandate.isValidOn(LocalDate.ofInstant(at, zone))) {
                throw new RequestRefusedException(
                        Reason.MANDATE_EXPIRED,
                        request.reference(),
                        "The helper's mandate ended on " + mandate.validUntil());
            }
        }
    }

    private RequestStatus implicitly(LocalDate today) {
        boolean fromPending =
                status.isPending()
                        && (status != RequestStatus.INCOMPLETE
                                || (clock != null
                                        && clock.kind() == ImplicitDecision.Kind.REJECTION));
        if (!fromPending) {
            throw illegal(new RequestCommand.DecideImplicitly());
        }
        ImplicitDecision decision = implicitDecision();
        if (decision == null) {
            throw new RequestRefusedException(
                    Reason.NO_IMPLICIT_DECISION,
                    reference,
                    "Request " + reference + " has no implicit decision to come");
        }
        if (today.isBefore(decision.effectiveFrom())) {
            throw new RequestRefusedException(
                    Reason.IMPLICIT_DECISION_NOT_DUE,
                    reference,
                    "The implicit decision on "
                            + reference
                            + " is born at the end of "
                            + decision.bornOn());
        }
        return decision.kind() == ImplicitDecision.Kind.ACCEPTANCE
                ? RequestStatus.IMPLICITLY_ACCEPTED
                : RequestStatus.IMPLICITLY_REJECTED;
    }

    private boolean closable(LocalDate today) {
        if (status != RequestStatus.INCOMPLETE || complementDueBy == null) {
            return false;
        }
        if (!today.isAfter(complementDueBy)) {
            throw new RequestRefusedException(
                    Reason.COMPLEMENT_STILL_DUE,
                    reference,
                    "The missing pieces of "
                            + reference
                            + " may be provided until "
                            + complementDueBy);
        }
        return true;
    }

    private RequestStatus from(RequestStatus to, RequestCommand command, RequestStatus allowed) {
        return from(to, command, status == allowed);
    }

    private RequestStatus from(
            RequestStatus to, RequestCommand command, Set<RequestStatus> allowed) {
        return from(to, command, allowed.contains(status));
    }

    private RequestStatus from(RequestStatus to, RequestCommand command, boolean allowed) {
        if (!allowed) {
            throw illegal(command);
        }
        return to;
    }

    private RequestRefusedException illegal(RequestCommand command) {
        return new RequestRefusedException(
                Reason.ILLEGAL_TRANSITION,
                reference,
                "A request "
                        + status.name().toLowerCase(java.util.Locale.ROOT)
                        + " cannot be '"
                        + command.name()
                        + "': "
                        + reference);
    }

    @Override
    public String toString() {
        return "Request["
                + reference
                + ", "
                + Ids.shown(procedureId)
                + " v"
                + procedureVersion
                + ", "
                + status
                + ", version "
                + version
                + "]";
    }
}
