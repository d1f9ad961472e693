package io.portail.core.procedure;

import static java.util.Objects.requireNonNull;

import java.time.Period;

/**
 * What the administration's silence on a complete request means, and after how long.
 *
 * <p>The rule is silence vaut acceptation after two months (CRPA art. L231-1); silence vaut rejet
 * applies in the cases of art. L231-4 and of the decrees taken under L231-5 and L231-6 (such as
 * décret 2016-625 for communes); a text may set another period, or a procedure may have no implicit
 * decision at all. Immutable and thread-safe.
 */
public sealed interface DecisionRegime {
    /**
     * Silence vaut acceptation: the request is accepted when the period ends without an answer.
     *
     * @param period the period, two months by default (CRPA art. L231-1)
     * @param source the text that sets the regime, such as "CRPA art. L231-1"
     */
    record ImplicitAcceptance(Period period, String source) implements DecisionRegime {
        /**
         * Checks the regime.
         *
         * @param period the period, positive
         * @param source the text that sets the regime
         */
        public ImplicitAcceptance {
            checkPeriod(period);
            requireNonNull(source, "source");
        }
    }

    /**
     * Silence vaut rejet: the request is rejected when the period ends without an answer.
     *
     * @param period the period, two months by default (CRPA art. L231-4)
     * @param source the text that sets the regime, such as "CRPA art. L231-4"
     */
    record ImplicitRejection(Period period, String source) implements DecisionRegime {
        /**
         * Checks the regime.
         *
         * @param period the period, positive
         * @param source the text that sets the regime
         */
        public ImplicitRejection {
            checkPeriod(period);
            requireNonNull(source, "source");
        }
    }

    /**
     * No implicit decision: the request always gets an express answer.
     *
     * @param source the text that sets the regime
     */
    record NoImplicitDecision(String source) implements DecisionRegime {
        /**
         * Checks the regime.
         *
         * @param source the text that sets the regime
         */
        public NoImplicitDecision {
            requireNonNull(source, "source");
        }
    }

    /**
     * Returns the default regime: silence vaut acceptation after two months (CRPA art. L231-1).
     *
     * @return the default regime
     */
    static DecisionRegime byDefault() {
        return new ImplicitAcceptance(Period.ofMonths(2), "CRPA art. L231-1");
    }

    private static void checkPeriod(Period period) {
        requireNonNull(period, "period");
        if (period.isNegative() || period.isZero()) {
            throw new IllegalArgumentException("An implicit decision period is positive");
        }
    }
}
