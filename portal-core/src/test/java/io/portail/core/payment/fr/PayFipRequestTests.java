package io.portail.core.payment.fr;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.portail.core.payment.Euros;
import io.portail.core.payment.Invoice;
import io.portail.core.payment.PaymentOutcome;
import io.portail.privacy.text.LocalizedText;
import java.math.BigDecimal;
import java.net.URI;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class PayFipRequestTests {
    private static final PayFipAccount ACCOUNT =
            new PayFipAccount(
                    "012345",
                    PayFipAccount.Mode.TEST,
                    URI.create("https://portail.saint-exemple.example/payfip/notification"),
                    URI.create("https://portail.saint-exemple.example/payfip/retour"));

    private static Invoice invoice(long cents) {
        return new Invoice(
                "CANTINE-2026-0042",
                "resident-1",
                cents,
                new LocalizedText(
                        "Restauration scolaire, mars 2026 (école Jean-Zay)", "School meals"),
                2026);
    }

    @Nested
    class Parameters {
        /** Case F18: the PayFiP amount for 12.34 € is sent as 1234, integer cents. */
        @Test
        void f18SendsTheAmountInWholeCents() {
            Invoice invoice = invoice(Euros.toCents(new BigDecimal("12.34")));

            PayFipRequest request = PayFipRequest.of(ACCOUNT, invoice, "parent@example.org");

            assertThat(request.montant()).isEqualTo("1234");
            assertThat(request.parameters().get("montant")).isEqualTo("1234");
        }

        @Test
        void givesEveryParameterInOrder() {
            PayFipRequest request =
                    PayFipRequest.of(ACCOUNT, invoice(4250), " parent@example.org ");

            assertThat(request.parameters())
                    .containsExactly(
                            java.util.Map.entry("numcli", "012345"),
                            java.util.Map.entry("exer", "2026"),
                            java.util.Map.entry("refdet", "CANTINE20260042"),
                            java.util.Map.entry("montant", "4250"),
                            java.util.Map.entry("mel", "parent@example.org"),
                            java.util.Map.entry(
                                    "objet", "Restauration scolaire mars 2026 ecole Jean Zay"),
                            java.util.Map.entry("saisie", "T"),
                            java.util.Map.entry(
                                    "urlnotif",
                                    "https://portail.saint-exemple.example/payfip/notification"),
                            java.util.Map.entry(
                                    "urlredirect",
                                    "https://portail.saint-exemple.example/payfip/retour"));
            assertThat(request.toString()).doesNotContain("parent@example.org");
        }
    }

    @Nested
    class Constraints {
        @ParameterizedTest
        @CsvSource({"99, false", "100, true", "10000000, true", "10000001, false"})
        void keepTheAmountWithinPayFipBounds(long cents, boolean accepted) {
            if (accepted) {
                assertThat(PayFipRequest.of(ACCOUNT, invoice(cents), "a@b.example").montant())
                        .isEqualTo(Long.toString(cents));
            } else {
                assertThatThrownBy(() -> PayFipRequest.of(ACCOUNT, invoice(cents), "a@b.example"))
                        .isInstanceOf(IllegalArgumentException.class)
                        .hasMessage(
                                "PayFiP: montant is a whole number of cents from 100 to 10000000");
            }
        }

        @Test
        void refuseAnEmailWithoutAtSignWithoutQuotingIt() {
            assertThatThrownBy(() -> PayFipRequest.of(ACCOUNT, invoice(4250), "parent.example.org"))
                    .isInstanceOf(IllegalArgumentException.class)
                    .hasMessage("PayFiP: mel is an email address of 6 to 80 characters");
        }

        @Test
        void refuseAClientNumberOfOtherThanSixDigits() {
            assertThatThrownBy(
                            () ->
                                    new PayFipAccount(
                                            "12345",
                                            PayFipAccount.Mode.PRODUCTION,
                                            URI.create("https://a.example/n"),
                                            URI.create("https://a.example/r")))
                    .isInstanceOf(IllegalArgumentException.class)
                    .hasMessage("A PayFiP client number has 6 digits");
        }

        @Test
        void cutTheObjetAt100Characters() {
            assertThat(PayFipRequest.objet("é".repeat(150))).isEqualTo("e".repeat(100));
        }
    }

    @Nested
    class Results {
        @ParameterizedTest
        @CsvSource({"P, PAID", "V, PAID", "R, REFUSED", "Z, REFUSED", "A, ABANDONED"})
        void mapResultCodesToOutcomes(String code, PaymentOutcome outcome) {
            assertThat(PayFipResult.of(code).orElseThrow().outcome()).isEqualTo(outcome);
        }

        @Test
        void treatAnUnknownCodeAsNothing() {
            assertThat(PayFipResult.of("p")).isEmpty();
            assertThat(PayFipResult.of("Q")).isEmpty();
        }
    }
}
