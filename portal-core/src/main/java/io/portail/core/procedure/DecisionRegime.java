package io.portail.core.procedure;

import static java.util.Objects.requireNonNull;

import io.portail.privacy.text.LocalizedText;
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
    /** The article that makes silence mean acceptance, named in French and in English. */
    LocalizedText CRPA_L231_1 =
            new LocalizedText(
                    "article L231-1 du code des relations entre le public et l'administration",
                    "article L231-1 of the French Code of Relations between the Public and the"
                            + " Administration");

    /**
     * Silence vaut acceptation: the request is accepted when the period ends without an answer.
     *
     * @param period the period, two months by default (CRPA art. L231-1)
     * @param source the text that sets the regime, in French and English, such as « article L231-1
     *     du code des relations entre le public et l'administration »
     */
    record ImplicitAcceptance(Period period, LocalizedText source) implements DecisionRegime {
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
    record ImplicitRejection(Period period, LocalizedText source) implements DecisionRegime {
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
    record NoImplicitDecision(LocalizedText source) implements DecisionRegime {
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
        return new ImplicitAcceptance(Period.ofMonths(2), CRPA_L231_1);
    }

    private static void checkPeriod(Period period) {
        requireNonNull(period, "period");
        if (period.isNegative() || period.isZero()) {
            throw new IllegalArgumentException("An implicit decision period is positive");
        }
    }
}
