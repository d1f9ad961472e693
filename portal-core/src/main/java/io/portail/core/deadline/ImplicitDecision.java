package io.portail.core.deadline;

import static java.util.Objects.requireNonNull;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.Period;

/**
 * A decision born of the administration's silence (décision implicite); immutable.
 *
 * <p>The period runs from the day the competent administration received the request (CRPA art.
 * L114-3), or, for a request found incomplete, the missing pieces (L114-5), and ends on the day of
 * the same number in the last month, or on that month's last day when the number does not exist
 * (Code de procédure civile art. 641, the reckoning of periods in months used by administrative
 * law). The decision is born at the end of that last day and can be relied on from the next day. It
 * is not moved when the last day is a weekend day or a public holiday: the silence of the
 * administration runs on every day.
 *
 * @param kind whether silence means acceptance or rejection
 * @param bornOn the last day of the period, at whose end the decision is born
 * @param effectiveFrom the first day on which the decision can be relied on, the day after {@code
 *     bornOn}
 */
public record ImplicitDecision(Kind kind, LocalDate bornOn, LocalDate effectiveFrom) {

    /** The default period of silence: two months (CRPA art. L231-1 and L231-4). */
    public static final Period DEFAULT_PERIOD = Period.ofMonths(2);

    /** What the administration's silence means. */
    public enum Kind {
        /** Silence vaut acceptation: the rule since 2014 (CRPA art. L231-1). */
        ACCEPTANCE,
        /** Silence vaut rejet: the exceptions of CRPA art. L231-4 and L231-5. */
        REJECTION
    }

    /**
     * Checks the components.
     *
     * @param kind whether silence means acceptance or rejection
     * @param bornOn the last day of the period
     * @param effectiveFrom the day after {@code bornOn}
     * @throws IllegalArgumentException if {@code effectiveFrom} is not the day after {@code bornOn}
     */
    public ImplicitDecision {
        requireNonNull(kind, "kind");
        requireNonNull(bornOn, "bornOn");
        requireNonNull(effectiveFrom, "effectiveFrom");
        if (!effectiveFrom.equals(bornOn.plusDays(1))) {
            throw new IllegalArgumentException(
                    "An implicit decision can be relied on from the day after it is born: "
                            + bornOn
                            + " then "
                            + effectiveFrom);
        }
    }

    /**
     * Computes the implicit decision following a complete request.
     *
     * <p>Example (case F15): a complete request received on 16 March 2026 with two months of
     * silence gives a decision born at the end of 16 May 2026, relied on from 17 May 2026.
     *
     * @param kind whether silence means acceptance or rejection
     * @param completeRequestReceivedOn the day the administration received the complete request
     * @param period the period of silence, positive, for example two months
     * @return the implicit decision
     * @throws IllegalArgumentException if the period is zero, has a negative part, or ends after
     *     the year 999999999
     */
    public static ImplicitDecision after(
            Kind kind, LocalDate completeRequestReceivedOn, Period period) {
        requireNonNull(kind, "kind");
        requireNonNull(completeRequestReceivedOn, "completeRequestReceivedOn");
        requireNonNull(period, "period");
        if (period.isZero()
                || period.getYears() < 0
                || period.getMonths() < 0
                || period.getDays() < 0) {
            throw new IllegalArgumentException("The period of silence must be positive: " + period);
        }
        // LocalDate.plus(Period) adds years and months with the last-day-of-month rule of CPC
        // art. 641, then days.
        try {
            LocalDate bornOn = completeRequestReceivedOn.plus(period);
            return new ImplicitDecision(kind, bornOn, bornOn.plusDays(1));
        } catch (DateTimeException | ArithmeticException tooLong) {
            throw new IllegalArgumentException(
                    "The period of silence ends beyond the last supported date: " + period);
        }
    }

    /**
     * Computes an implicit acceptance after the default two months (CRPA art. L231-1).
     *
     * @param completeRequestReceivedOn the day the administration received the complete request
     * @return the implicit acceptance
     */
    public static ImplicitDecision acceptance(LocalDate completeRequestReceivedOn) {
        return after(Kind.ACCEPTANCE, completeRequestReceivedOn, DEFAULT_PERIOD);
    }

    /**
     * Computes an implicit rejection after the default two months (CRPA art. L231-4).
     *
     * @param completeRequestReceivedOn the day the administration received the complete request
     * @return the implicit rejection
     */
    public static ImplicitDecision rejection(LocalDate completeRequestReceivedOn) {
        return after(Kind.REJECTION, completeRequestReceivedOn, DEFAULT_PERIOD);
    }
}
