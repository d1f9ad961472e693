package io.portail.core.payment;

import static java.util.Objects.requireNonNull;

import io.portail.privacy.text.LocalizedText;
import java.time.Instant;
import java.time.ZoneId;

/**
 * The electronic receipt of a payment, sent to the resident for every payment received.
 *
 * <p>CRPA art. L112-11: whatever a resident sends the administration by electronic means is
 * acknowledged electronically; the receipt says what was paid, when, for which invoice and with
 * which transaction. Immutable and thread-safe.
 *
 * @param number the receipt's number, such as {@code QP-1}
 * @param communeName the commune's name
 * @param invoiceNumber the invoice paid
 * @param object what the invoice is for
 * @param amountCents the amount paid, in cents
 * @param paidAt when it was paid
 * @param zone the commune's zone, in which the date is shown
 * @param transactionId the gateway's transaction
 */
public record PaymentReceipt(
        String number,
        String communeName,
        String invoiceNumber,
        LocalizedText object,
        long amountCents,
        Instant paidAt,
        ZoneId zone,
        String transactionId) {
    /**
     * Checks the receipt.
     *
     * @param number the receipt's number
     * @param communeName the commune's name
     * @param invoiceNumber the invoice paid
     * @param object what the invoice is for
     * @param amountCents the amount paid, positive
     * @param paidAt when it was paid
     * @param zone the commune's zone
     * @param transactionId the transaction
     * @throws IllegalArgumentException if the amount is not positive
     */
    public PaymentReceipt {
        requireNonNull(number, "number");
        requireNonNull(communeName, "communeName");
        requireNonNull(invoiceNumber, "invoiceNumber");
        requireNonNull(object, "object");
        requireNonNull(paidAt, "paidAt");
        requireNonNull(zone, "zone");
        requireNonNull(transactionId, "transactionId");
        if (amountCents <= 0) {
            throw new IllegalArgumentException("A paid amount is positive");
        }
    }
}
