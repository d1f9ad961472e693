package io.portail.core.payment.fr;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.portail.core.payment.PaymentNotification;
import io.portail.core.payment.PaymentOutcome;
import java.time.Instant;
import java.time.ZoneId;
import java.util.HashMap;
import java.util.Map;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

class PayFipNotificationTests {
    private static final ZoneId PARIS = ZoneId.of("Europe/Paris");

    private static Map<String, String> fields() {
        Map<String, String> fields = new HashMap<>();
        fields.put("idOp", "TX-000123");
        fields.put("refdet", "CANTINE20260042");
        fields.put("montant", "4250");
        fields.put("resultrans", "P");
        fields.put("dattrans", "16032026");
        fields.put("heurtrans", "1005");
        fields.put("mel", "parent@example.org");
        fields.put("numauto", "123456");
        return fields;
    }

    @Nested
    class Reading {
        /** Case F14's notification, as PayFiP details would give it. */
        @Test
        void readsAPaidCardPayment() {
            PaymentNotification notification = PayFipNotification.of(fields(), PARIS);

            assertThat(notification)
                    .isEqualTo(
                            new PaymentNotification(
                                    "TX-000123",
                                    "CANTINE20260042",
                                    4250,
                                    "EUR",
                                    PaymentOutcome.PAID,
                                    Instant.parse("2026-03-16T09:05:00Z")));
        }

        @Test
        void readsAnAbandonedPayment() {
            Map<String, String> fields = fields();
            fields.put("resultrans", "A");

            assertThat(PayFipNotification.of(fields, PARIS).outcome())
                    .isEqualTo(PaymentOutcome.ABANDONED);
        }

        @Test
        void refusesAnUnknownResultCode() {
            Map<String, String> fields = fields();
            fields.put("resultrans", "Q");

            assertThatThrownBy(() -> PayFipNotification.of(fields, PARIS))
                    .isInstanceOf(IllegalArgumentException.class)
                    .hasMessage("PayFiP: resultrans is one of P, V, R, Z, A");
        }

        @Test
        void refusesAnAmountWithADecimalPointWithoutQuotingIt() {
            Map<String, String> fields = fields();
            fields.put("montant", "42.50");

            assertThatThrownBy(() -> PayFipNotification.of(fields, PARIS))
                    .isInstanceOf(IllegalArgumentException.class)
                    .hasMessage("PayFiP: montant is a whole number of cents");
        }

        @Test
        void refusesAMissingField() {
            Map<String, String> fields = fields();
            fields.remove("dattrans");

            assertThatThrownBy(() -> PayFipNotification.of(fields, PARIS))
                    .isInstanceOf(IllegalArgumentException.class)
                    .hasMessage("PayFiP: dattrans is missing");
        }
    }
}
