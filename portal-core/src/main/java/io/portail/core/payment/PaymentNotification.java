package io.portail.core.payment;

import static java.util.Objects.requireNonNull;

import java.time.Instant;
import java.util.regex.Pattern;

/**
 * What a payment gateway tells the portal about a transaction; it may arrive more than once.
 *
 * <p>Immutable and thread-safe.
 *
 * @param transactionId the gateway's transaction identifier, unique per transaction
 * @param invoiceNumber the invoice's number, with or without its hyphens
 * @param amountCents the amount of the transaction, in cents
 * @param currency the currency, ISO 4217 code, such as {@code EUR}
 * @param outcome what happened
 * @param at when the gateway says it happened
 */
public record PaymentNotification(
        String transactionId,
        String invoiceNumber,
        long amountCents,
        String currency,
        PaymentOutcome outcome,
        Instant at) {
    private static final Pattern ID = Pattern.compile("[A-Za-z0-9._-]{1,64}");

    /**
     * Checks the notification's shape.
     *
     * @param transactionId the transaction identifier: 1 to 64 letters, digits, dots, hyphens or
     *     underscores
     * @param invoiceNumber the invoice's number
     * @param amountCents the amount in cents
     * @param currency the currency
     * @param outcome what happened
     * @param at when it happened
     * @throws IllegalArgumentException if the transaction identifier is malformed
     */
    public PaymentNotification {
        requireNonNull(transactionId, "transactionId");
        requireNonNull(invoiceNumber, "invoiceNumber");
        requireNonNull(currency, "currency");
        requireNonNull(outcome, "outcome");
        requireNonNull(at, "at");
        if (!ID.matcher(transactionId).matches()) {
            throw new IllegalArgumentException(
                    "A transaction id has 1 to 64 letters, digits, dots, hyphens or underscores");
        }
    }
}
