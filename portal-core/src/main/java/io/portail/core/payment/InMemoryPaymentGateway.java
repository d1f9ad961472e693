package io.portail.core.payment;

import static java.util.Objects.requireNonNull;

import io.portail.core.internal.Ids;
import java.net.URI;
import java.time.Instant;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;
import org.jspecify.annotations.Nullable;

/**
 * A {@link PaymentGateway} kept in memory, for tests and demonstrations: it remembers the payments
 * started and writes the notifications a real gateway would send.
 *
 * <p>Thread-safe.
 */
public final class InMemoryPaymentGateway implements PaymentGateway {
    private final Map<String, Invoice> started = new ConcurrentHashMap<>();
    private final AtomicLong next = new AtomicLong(1);

    /** Creates a gateway with no payment started. */
    public InMemoryPaymentGateway() {}

    @Override
    public PaymentRedirect start(Invoice invoice, String attemptId, @Nullable String email) {
        requireNonNull(invoice, "invoice");
        requireNonNull(attemptId, "attemptId");
        String operation = "OP-" + next.getAndIncrement();
        started.put(operation, invoice);
        return new PaymentRedirect(
                operation, URI.create("https://payment.example/pay?op=" + operation));
    }

    /**
     * Writes the notification the gateway would send for a started operation.
     *
     * @param operationId the operation, as returned by {@link #start}
     * @param transactionId the transaction's identifier
     * @param outcome what happened
     * @param at when it happened
     * @return the notification, for the invoice's full amount in euros
     * @throws IllegalArgumentException if no such operation was started
     */
    public PaymentNotification notification(
            String operationId, String transactionId, PaymentOutcome outcome, Instant at) {
        requireNonNull(operationId, "operationId");
        Invoice invoice = started.get(operationId);
        if (invoice == null) {
            throw new IllegalArgumentException("No payment operation " + Ids.shown(operationId));
        }
        return new PaymentNotification(
                transactionId, invoice.number(), invoice.amountCents(), "EUR", outcome, at);
    }
}
