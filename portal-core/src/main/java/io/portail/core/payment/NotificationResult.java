package io.portail.core.payment;

import static java.util.Objects.requireNonNull;

import io.portail.privacy.text.LocalizedText;
import java.util.Optional;

/**
 * What the portal did with a payment notification, and what the resident reads about it.
 *
 * <p>The gateway adapter acknowledges every outcome except the refused ones ({@link
 * Kind#isRefused()}), so that the gateway stops sending repeats. Immutable and thread-safe.
 *
 * @param kind what was done
 * @param receipt the payment receipt, when the invoice is paid by this transaction
 * @param message what the resident reads
 */
public record NotificationResult(
        Kind kind, Optional<PaymentReceipt> receipt, LocalizedText message) {
    /** What was done with a notification. */
    public enum Kind {
        /** The invoice is now paid; a receipt was issued. */
        PAID,
        /** The same transaction was already handled: acknowledged, nothing changed. */
        REPEATED,
        /** The payment was refused or abandoned: the invoice is still due and can be paid later. */
        NOT_PAID,
        /** Another transaction paid an invoice already paid: to refund; logged. */
        PAID_TWICE,
        /** The amount or currency differs from the invoice: refused and logged, nothing changed. */
        AMOUNT_MISMATCH,
        /** No such invoice: refused and logged, nothing changed. */
        UNKNOWN_INVOICE,
        /** A repeat of a handled transaction that says something else: refused and logged. */
        CONFLICT;

        /**
         * Tells whether the notification was refused, so that the adapter reports an error.
         *
         * @return true for amount mismatch, unknown invoice and conflict
         */
        public boolean isRefused() {
            return this == AMOUNT_MISMATCH || this == UNKNOWN_INVOICE || this == CONFLICT;
        }
    }

    /**
     * Checks the result.
     *
     * @param kind what was done
     * @param receipt the receipt, present for paid and repeated paid transactions
     * @param message what the resident reads
     */
    public NotificationResult {
        requireNonNull(kind, "kind");
        requireNonNull(receipt, "receipt");
        requireNonNull(message, "message");
    }
}
