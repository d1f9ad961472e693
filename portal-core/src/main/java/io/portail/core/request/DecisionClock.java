package io.portail.core.request;

import static java.util.Objects.requireNonNull;

import io.portail.core.deadline.ImplicitDecision;
import java.time.LocalDate;
import java.time.Period;
import java.time.temporal.ChronoUnit;
import org.jspecify.annotations.Nullable;

/**
 * The clock of an implicit decision (décision implicite) of one request, with its stops and
 * suspensions for missing pieces.
 *
 * <p>The period runs from the day the request is received (CRPA art. L114-3). When pieces are
 * missing (CRPA art. L114-5), this class reads the text as follows:
 *
 * <ul>
 *   <li>silence vaut acceptation: the period "ne court qu'à compter de la réception des pièces": it
 *       stops, and starts again in full from the day the pieces arrive; until then there is no
 *       implicit acceptance to come;
 *   <li>silence vaut rejet: the period is suspended "pendant le délai imparti pour produire les
 *       pièces", from the day they are asked for, and the suspension ends when they arrive or, at
 *       the latest, on the day given to provide them. The decision is born that many days later:
 *       the end of the original period ({@link ImplicitDecision#after}) moved by the number of days
 *       suspended. While pieces are awaited, the decision shown is the latest one, as if they
 *       arrived on the last day allowed.
 * </ul>
 *
 * <p>Immutable and thread-safe.
 *
 * @param kind whether silence means acceptance or rejection
 * @param period the period of silence
 * @param runsFrom the day the period runs from, or null while it has not started or is stopped
 * @param suspendedSince for a rejection, the first day of the current suspension, or null
 * @param suspendedAtMostUntil for a rejection, the day the current suspension ends at the latest
 *     (the day given to provide the pieces), or null
 * @param daysSuspended the days of suspensions already ended
 */
public record DecisionClock(
        ImplicitDecision.Kind kind,
        Period period,
        @Nullable LocalDate runsFrom,
        @Nullable LocalDate suspendedSince,
        @Nullable LocalDate suspendedAtMostUntil,
        int daysSuspended) {
    /**
     * Checks the clock.
     *
     * @param kind whether silence means acceptance or rejection
     * @param period the period of silence, positive
     * @param runsFrom the day the period runs from, or null
     * @param suspendedSince the first day of the current suspension, or null
     * @param suspendedAtMostUntil the latest end of the current suspension, or null
     * @param daysSuspended the days of suspensions already ended, not negative
     * @throws IllegalArgumentException if the suspension is half given or out of order
     */
    public DecisionClock {
        requireNonNull(kind, "kind");
        requireNonNull(period, "period");
        if ((suspendedSince == null) != (suspendedAtMostUntil == null)
                || (suspendedSince != null && suspendedAtMostUntil.isBefore(suspendedSince))
                || daysSuspended < 0) {
            throw new IllegalArgumentException("A suspension has a start and a later end");
        }
    }

    /**
     * Returns a clock that has not started: the request is not received yet.
     *
     * @param kind whether silence means acceptance or rejection
     * @param period the period of silence
     * @return the clock
     */
    public static DecisionClock notStarted(ImplicitDecision.Kind kind, Period period) {
        return new DecisionClock(kind, period, null, null, null, 0);
    }

    /**
     * Starts the period on the day the request is received (CRPA art. L114-3).
     *
     * @param receivedOn the day of receipt
     * @return the running clock
     */
    public DecisionClock start(LocalDate receivedOn) {
        requireNonNull(receivedOn, "receivedOn");
        return new DecisionClock(kind, period, receivedOn, null, null, 0);
    }

    /**
     * Stops or suspends the clock when pieces are asked for (CRPA art. L114-5).
     *
     * @param askedOn the day the pieces are asked for
     * @param dueBy the last day to provide them
     * @return the clock
     */
    public DecisionClock piecesAsked(LocalDate askedOn, LocalDate dueBy) {
        requireNonNull(askedOn, "askedOn");
        requireNonNull(dueBy, "dueBy");
        if (kind == ImplicitDecision.Kind.ACCEPTANCE) {
            return new DecisionClock(kind, period, null, null, null, 0);
        }
        DecisionClock ended = piecesReceived(askedOn);
        return new DecisionClock(kind, period, ended.runsFrom, askedOn, dueBy, ended.daysSuspended);
    }

    /**
     * Starts the clock again (acceptance) or ends its suspension (rejection) when the pieces arrive
     * (CRPA art. L114-5).
     *
     * @param receivedOn the day the pieces arrive
     * @return the clock
     */
    public DecisionClock piecesReceived(LocalDate receivedOn) {
        requireNonNull(receivedOn, "receivedOn");
        if (kind == ImplicitDecision.Kind.ACCEPTANCE) {
            return new DecisionClock(kind, period, receivedOn, null, null, 0);
        }
        if (suspendedSince == null || suspendedAtMostUntil == null) {
            return this;
        }
        LocalDate end =
                receivedOn.isBefore(suspendedAtMostUntil) ? receivedOn : suspendedAtMostUntil;
        return new DecisionClock(
                kind, period, runsFrom, null, null, daysSuspended + days(suspendedSince, end));
    }

    /**
     * Returns the implicit decision to come, as things stand.
     *
     * @return the decision, or null when the clock has not started or is stopped
     */
    public @Nullable ImplicitDecision decision() {
        if (runsFrom == null) {
            return null;
        }
        int suspended = daysSuspended;
        if (suspendedSince != null && suspendedAtMostUntil != null) {
            suspended += days(suspendedSince, suspendedAtMostUntil);
        }
        LocalDate bornOn =
                ImplicitDecision.after(kind, runsFrom, period).bornOn().plusDays(suspended);
        return new ImplicitDecision(kind, bornOn, bornOn.plusDays(1));
    }

    private static int days(LocalDate from, LocalDate to) {
        return (int) Math.max(0, ChronoUnit.DAYS.between(from, to));
    }
}
