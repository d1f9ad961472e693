package io.portail.core.payment.fr;

import static java.util.Objects.requireNonNull;

import io.portail.core.payment.PaymentOutcome;
import java.util.Optional;

/**
 * The result code of a PayFiP payment ({@code resultrans}), and what it means for the invoice.
 *
 * <p>The DGFiP's specification was not available to the authors; the meanings are those that
 * independent PayFiP clients give the codes: P and V are payments made, by card and by direct debit
 * (prélèvement); R and Z are payments refused, by card and by direct debit; A is a payment the
 * payer abandoned. Any other code is unknown and pays nothing.
 */
public enum PayFipResult {
    /** P: card payment accepted (paiement par carte effectué). */
    P(PaymentOutcome.PAID),
    /** V: direct-debit payment validated (prélèvement validé). */
    V(PaymentOutcome.PAID),
    /** R: card payment refused (paiement par carte refusé). */
    R(PaymentOutcome.REFUSED),
    /** Z: direct-debit payment refused (prélèvement refusé). */
    Z(PaymentOutcome.REFUSED),
    /** A: payment abandoned by the payer (paiement abandonné). */
    A(PaymentOutcome.ABANDONED);

    private final PaymentOutcome outcome;

    PayFipResult(PaymentOutcome outcome) {
        this.outcome = outcome;
    }

    /**
     * Returns what the code means for the invoice.
     *
     * @return paid, refused or abandoned
     */
    public PaymentOutcome outcome() {
        return outcome;
    }

    /**
     * Reads a {@code resultrans} code.
     *
     * @param code the code, one upper-case letter
     * @return the result, or empty for an unknown code
     */
    public static Optional<PayFipResult> of(String code) {
        requireNonNull(code, "code");
        for (PayFipResult result : values()) {
            if (result.name().equals(code)) {
                return Optional.of(result);
            }
        }
        return Optional.empty();
    }
}
