package io.portail.core.payment;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/** Whatever gateways send, in any order and any number of times, an invoice is paid once. */
class PaymentDeskProperties {

    @Provide
    Arbitrary<List<PaymentNotification>> deliveries() {
        Arbitrary<PaymentNotification> one =
                Combinators.combine(
                                Arbitraries.integers().between(1, 6),
                                Arbitraries.of(PaymentOutcome.class),
                                Arbitraries.of(4250L, 4250L, 4250L, 425L))
                        .as(
                                (txn, outcome, cents) ->
                                        new PaymentNotification(
                                                "TX-" + txn,
                                                "CANTINE-2026-0042",
                                                cents,
                                                "EUR",
                                                outcome,
                                                PaymentDeskTests.NOW));
        return one.list().ofMaxSize(30);
    }

    @Property(tries = 500)
    void anInvoiceIsPaidAtMostOnceAndOnlyByAMatchingPayment(
            @ForAll("deliveries") List<PaymentNotification> deliveries) {
        PaymentDesk desk =
                PaymentDesk.of(
                        "Saint-Exemple",
                        PaymentDeskTests.PARIS,
                        new InMemoryPaymentGateway(),
                        Clock.fixed(PaymentDeskTests.NOW, PaymentDeskTests.PARIS));
        desk.register(PaymentDeskTests.CANTEEN);

        for (PaymentNotification notification : deliveries) {
            desk.handle(notification);
            assertThat(desk.receipts()).hasSizeLessThanOrEqualTo(1);
        }

        boolean anyValidPayment = false;
        java.util.Set<String> seen = new java.util.HashSet<>();
        for (PaymentNotification n : deliveries) {
            boolean matches = n.amountCents() == 4250;
            // The first delivery of a transaction decides; a later different one is a conflict.
            if (matches && seen.add(n.transactionId()) && n.outcome() == PaymentOutcome.PAID) {
                anyValidPayment = true;
            } else if (matches) {
                seen.add(n.transactionId());
            }
        }
        assertThat(desk.receipt("CANTINE-2026-0042").isPresent()).isEqualTo(anyValidPayment);
    }
}
