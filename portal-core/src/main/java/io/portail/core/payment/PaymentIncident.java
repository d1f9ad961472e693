package io.portail.core.payment;

import static java.util.Objects.requireNonNull;

import java.time.Instant;

/**
 * A notification an agent must look at: refused, or a second payment to refund. It names only the
 * transaction and the invoice, never the resident.
 *
 * <p>Immutable and thread-safe.
 *
 * @param kind what happened
 * @param transactionId the gateway's transaction
 * @param invoiceNumber the invoice number the notification gave
 * @param at when the portal received it
 */
public record PaymentIncident(
        NotificationResult.Kind kind, String transactionId, String invoiceNumber, Instant at) {
    /**
     * Checks the incident.
     *
     * @param kind what happened
     * @param transactionId the transaction
     * @param invoiceNumber the invoice number
     * @param at when it was received
     */
    public PaymentIncident {
        requireNonNull(kind, "kind");
        requireNonNull(transactionId, "transactionId");
        requireNonNull(invoiceNumber, "invoiceNumber");
        requireNonNull(at, "at");
    }
}
