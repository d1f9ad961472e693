package io.portail.core.payment;

import static java.util.Objects.requireNonNull;

import io.portail.privacy.text.LocalizedText;

/** The outcome of starting a payment: where to send the resident, or why not. Immutable. */
public sealed interface StartResult {
    /**
     * The payment was started.
     *
     * @param attempt the new attempt
     * @param redirect where to send the resident
     */
    record Started(PaymentAttempt attempt, PaymentRedirect redirect) implements StartResult {
        /**
         * Creates the outcome.
         *
         * @param attempt the attempt
         * @param redirect where to send the resident
         */
        public Started {
            requireNonNull(attempt, "attempt");
            requireNonNull(redirect, "redirect");
        }
    }

    /**
     * The payment was not started.
     *
     * @param message what the resident reads
     */
    record Refused(LocalizedText message) implements StartResult {
        /**
         * Creates the outcome.
         *
         * @param message what the resident reads
         */
        public Refused {
            requireNonNull(message, "message");
        }
    }
}
