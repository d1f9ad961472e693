package io.portail.core.payment;

import org.jspecify.annotations.Nullable;

/**
 * A payment service provider, such as PayFiP for French public bodies: the extension point an
 * adapter implements.
 *
 * <p>The gateway later tells the portal the outcome with a {@link PaymentNotification}, which the
 * adapter passes to {@link PaymentDesk#handle(PaymentNotification)}; it may deliver it several
 * times. Implementations are thread-safe; a failure is an unchecked exception whose message holds
 * no personal data.
 */
@FunctionalInterface
public interface PaymentGateway {
    /**
     * Starts a payment of an invoice.
     *
     * @param invoice the invoice
     * @param attemptId the portal's identifier of this attempt
     * @param email where the gateway sends its own ticket, or null
     * @return where to send the resident
     */
    PaymentRedirect start(Invoice invoice, String attemptId, @Nullable String email);
}
