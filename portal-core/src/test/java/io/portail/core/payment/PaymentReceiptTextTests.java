package io.portail.core.payment;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Locale;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

class PaymentReceiptTextTests {

    private static PaymentReceipt receipt() {
        PaymentDesk desk =
                PaymentDesk.of(
                        "Saint-Exemple",
                        PaymentDeskTests.PARIS,
                        new InMemoryPaymentGateway(),
                        java.time.Clock.fixed(PaymentDeskTests.NOW, PaymentDeskTests.PARIS));
        desk.register(PaymentDeskTests.CANTEEN);
        return desk.handle(PaymentDeskTests.F14).receipt().orElseThrow();
    }

    @Nested
    class Text {
        /** CRPA art. L112-11: an electronic receipt with amount, date, invoice and transaction. */
        @Test
        void saysWhatWasPaidWhenAndForWhatInFrench() {
            assertThat(PaymentReceiptText.render(receipt(), Locale.FRENCH))
                    .isEqualTo(
                            "Reçu de paiement n° QP-1\n"
                                    + "Mairie de Saint-Exemple\n"
                                    + "\n"
                                    + "Vous avez payé 42,50\u00a0€ le lundi 16 mars 2026 à 10 h 05"
                                    + " (heure de Paris).\n"
                                    + "Facture : CANTINE-2026-0042 (Restauration scolaire, mars"
                                    + " 2026)\n"
                                    + "Transaction : TX-000123\n"
                                    + "\n"
                                    + "Ce reçu vous est délivré par voie électronique (article"
                                    + " L112-11 du code des relations entre le public et"
                                    + " l'administration). Gardez-le : il prouve votre paiement.\n");
        }

        @Test
        void saysItInEnglish() {
            assertThat(PaymentReceiptText.render(receipt(), Locale.ENGLISH))
                    .isEqualTo(
                            "Payment receipt no. QP-1\n"
                                    + "Town hall of Saint-Exemple\n"
                                    + "\n"
                                    + "You paid €42.50 on Monday 16 March 2026 at 10:05 (Paris"
                                    + " time).\n"
                                    + "Invoice: CANTINE-2026-0042 (School meals, March 2026)\n"
                                    + "Transaction: TX-000123\n"
                                    + "\n"
                                    + "This receipt is given to you electronically (article L112-11"
                                    + " of the French Code of Relations between the Public and"
                                    + " the Administration). Keep it: it proves your payment.\n");
        }
    }
}
