package io.portail.core.payment;

/** What a gateway says of a payment attempt. */
public enum PaymentOutcome {
    /** The payment went through: the invoice is paid. */
    PAID,
    /** The bank refused the payment: the invoice is still due. */
    REFUSED,
    /** The resident abandoned the payment: the invoice is still due. */
    ABANDONED
}
