package io.portail.core.payment;

import static java.util.Objects.requireNonNull;

import java.net.URI;

/**
 * Where to send the resident to pay, as the gateway answered.
 *
 * <p>Immutable and thread-safe.
 *
 * @param operationId the gateway's identifier of the payment operation
 * @param url the page where the resident pays
 */
public record PaymentRedirect(String operationId, URI url) {
    /**
     * Checks the redirect.
     *
     * @param operationId the operation's identifier
     * @param url the payment page
     */
    public PaymentRedirect {
        requireNonNull(operationId, "operationId");
        requireNonNull(url, "url");
    }
}
