package io.portail.core.payment;

import static java.util.Objects.requireNonNull;

import java.time.Instant;
import org.jspecify.annotations.Nullable;

/**
 * One attempt at paying an invoice; a failed or abandoned attempt leaves the invoice due, and the
 * resident may try again with a new attempt.
 *
 * <p>Immutable and thread-safe.
 *
 * @param id the attempt's identifier, such as {@code PAY-3}
 * @param invoiceNumber the invoice
 * @param operationId the gateway's operation
 * @param startedAt when it started
 * @param status where it stands
 * @param transactionId the gateway's transaction once notified, or null
 */
public record PaymentAttempt(
        String id,
        String invoiceNumber,
        String operationId,
        Instant startedAt,
        Status status,
        @Nullable String transactionId) {
    /** Where an attempt stands. */
    public enum Status {
        /** Started; the gateway has not said how it ended. */
        PENDING,
        /** Paid. */
        PAID,
        /** Refused by the bank. */
        REFUSED,
        /** Abandoned by the resident. */
        ABANDONED
    }

    /**
     * Checks the attempt.
     *
     * @param id the identifier
     * @param invoiceNumber the invoice
     * @param operationId the gateway's operation
     * @param startedAt when it started
     * @param status where it stands
     * @param transactionId the transaction, or null
     */
    public PaymentAttempt {
        requireNonNull(id, "id");
        requireNonNull(invoiceNumber, "invoiceNumber");
        requireNonNull(operationId, "operationId");
        requireNonNull(startedAt, "startedAt");
        requireNonNull(status, "status");
    }
}
