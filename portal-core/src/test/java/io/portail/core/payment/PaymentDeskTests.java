package io.portail.core.payment;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.portail.core.payment.NotificationResult.Kind;
import io.portail.privacy.text.LocalizedText;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

class PaymentDeskTests {
    static final ZoneId PARIS = ZoneId.of("Europe/Paris");
    static final Instant NOW = Instant.parse("2026-03-16T09:05:00Z");
    static final Invoice CANTEEN =
            new Invoice(
                    "CANTINE-2026-0042",
                    "resident-1",
                    4250,
                    new LocalizedText(
                            "Restauration scolaire, mars 2026", "School meals, March 2026"),
                    2026);

    /** Case F14: the notification a gateway sends for the canteen invoice, paid. */
    static final PaymentNotification F14 =
            new PaymentNotification(
                    "TX-000123", "CANTINE-2026-0042", 4250, "EUR", PaymentOutcome.PAID, NOW);

    private final InMemoryPaymentGateway gateway = new InMemoryPaymentGateway();
    private final PaymentDesk desk =
            PaymentDesk.of("Saint-Exemple", PARIS, gateway, Clock.fixed(NOW, PARIS));

    @BeforeEach
    void registerTheInvoice() {
        desk.register(CANTEEN);
    }

    private StartResult.Started start() {
        StartResult result = desk.start("CANTINE-2026-0042", "parent@example.org");
        assertThat(result).isInstanceOf(StartResult.Started.class);
        return (StartResult.Started) result;
    }

    @Nested
    class Lookup {
        @Test
        void namesAnUnknownPaymentOperationOnlyWhenItIsPlain() {
            // No personal data in exception messages (GDPR art. 5(1)(c)).
            assertThatThrownBy(
                            () ->
                                    gateway.notification(
                                            "parent@example.org",
                                            "TX-000124",
                                            PaymentOutcome.PAID,
                                            NOW))
                    .isInstanceOf(IllegalArgumentException.class)
                    .hasMessage("No payment operation (an id of 18 characters, not shown)");
        }
    }

    @Nested
    class Notifications {
        /** Case F14: received three times, paid once, one receipt, repeats acknowledged. */
        @Test
        void f14TheSameNotificationThreeTimesPaysOnce() {
            start();

            NotificationResult first = desk.handle(F14);
            NotificationResult second = desk.handle(F14);
            NotificationResult third = desk.handle(F14);

            assertThat(first.kind()).isEqualTo(Kind.PAID);
            assertThat(second.kind()).isEqualTo(Kind.REPEATED);
            assertThat(third.kind()).isEqualTo(Kind.REPEATED);
            assertThat(second.kind().isRefused()).isFalse();
            assertThat(desk.receipts()).hasSize(1);
            assertThat(second.receipt()).isEqualTo(first.receipt());
            assertThat(desk.incidents()).isEmpty();
            assertThat(desk.attempts("CANTINE-2026-0042"))
                    .extracting(PaymentAttempt::status)
                    .containsExactly(PaymentAttempt.Status.PAID);
            assertThat(first.message().fr())
                    .isEqualTo(
                            "Votre paiement de 42,50\u00a0€ pour la facture CANTINE-2026-0042 est"
                                    + " enregistré. Voici votre reçu.");
            assertThat(first.message().en())
                    .isEqualTo(
                            "Your payment of €42.50 for invoice CANTINE-2026-0042 is recorded."
                                    + " Here is your receipt.");
        }

        /** Case F14 under load: the same notification delivered by 8 threads at once. */
        @Test
        void eightThreadsDeliveringTheSameNotificationPayOnce() throws Exception {
            ExecutorService pool = Executors.newFixedThreadPool(8);
            CountDownLatch go = new CountDownLatch(1);
            List<Future<NotificationResult>> results = new ArrayList<>();
            try {
                for (int i = 0; i < 8; i++) {
                    Callable<NotificationResult> task =
                            () -> {
                                go.await();
                                return desk.handle(F14);
                            };
                    results.add(pool.submit(task));
                }
                go.countDown();
                int paid = 0;
                int repeated = 0;
                for (Future<NotificationResult> result : results) {
                    Kind kind = result.get().kind();
                    paid += kind == Kind.PAID ? 1 : 0;
                    repeated += kind == Kind.REPEATED ? 1 : 0;
                }

                assertThat(paid).isEqualTo(1);
                assertThat(repeated).isEqualTo(7);
                assertThat(desk.receipts()).hasSize(1);
            } finally {
                pool.shutdownNow();
            }
        }

        @Test
        void refusesAnAmountThatDiffersAndChangesNothing() {
            PaymentNotification wrong =
                    new PaymentNotification(
                            "TX-000124", "CANTINE-2026-0042", 425, "EUR", PaymentOutcome.PAID, NOW);

            NotificationResult result = desk.handle(wrong);

            assertThat(result.kind()).isEqualTo(Kind.AMOUNT_MISMATCH);
            assertThat(result.kind().isRefused()).isTrue();
            assertThat(desk.receipt("CANTINE-2026-0042")).isEmpty();
            assertThat(desk.incidents())
                    .containsExactly(
                            new PaymentIncident(
                                    Kind.AMOUNT_MISMATCH, "TX-000124", "CANTINE-2026-0042", NOW));
            assertThat(desk.incidents().toString()).doesNotContain("resident-1");
            assertThat(desk.handle(F14).kind()).isEqualTo(Kind.PAID);
        }

        @Test
        void refusesAnotherCurrency() {
            PaymentNotification dollars =
                    new PaymentNotification(
                            "TX-000125",
                            "CANTINE-2026-0042",
                            4250,
                            "USD",
                            PaymentOutcome.PAID,
                            NOW);

            assertThat(desk.handle(dollars).kind()).isEqualTo(Kind.AMOUNT_MISMATCH);
        }

        @Test
        void refusesAnUnknownInvoice() {
            PaymentNotification unknown =
                    new PaymentNotification(
                            "TX-000126",
                            "CANTINE-2026-9999",
                            4250,
                            "EUR",
                            PaymentOutcome.PAID,
                            NOW);

            NotificationResult result = desk.handle(unknown);

            assertThat(result.kind()).isEqualTo(Kind.UNKNOWN_INVOICE);
            assertThat(result.message().fr())
                    .isEqualTo(
                            "Nous n'avons pas pu enregistrer ce paiement. La mairie va le vérifier"
                                    + " et vous recontactera si besoin.");
        }

        @Test
        void findsTheInvoiceByItsNumberWithoutHyphens() {
            PaymentNotification compact =
                    new PaymentNotification(
                            "TX-000127", "CANTINE20260042", 4250, "EUR", PaymentOutcome.PAID, NOW);

            assertThat(desk.handle(compact).kind()).isEqualTo(Kind.PAID);
        }

        @Test
        void refusesARepeatThatSaysSomethingElse() {
            desk.handle(F14);
            PaymentNotification changed =
                    new PaymentNotification(
                            "TX-000123",
                            "CANTINE-2026-0042",
                            4250,
                            "EUR",
                            PaymentOutcome.REFUSED,
                            NOW);

            assertThat(desk.handle(changed).kind()).isEqualTo(Kind.CONFLICT);
            assertThat(desk.receipts()).hasSize(1);
        }

        @Test
        void flagsASecondTransactionPayingAPaidInvoiceForRefund() {
            desk.handle(F14);
            PaymentNotification again =
                    new PaymentNotification(
                            "TX-000200",
                            "CANTINE-2026-0042",
                            4250,
                            "EUR",
                            PaymentOutcome.PAID,
                            NOW);

            NotificationResult result = desk.handle(again);

            assertThat(result.kind()).isEqualTo(Kind.PAID_TWICE);
            assertThat(result.message().fr())
                    .isEqualTo(
                            "Cette facture était déjà payée : ce second paiement vous sera"
                                    + " remboursé.");
            assertThat(desk.receipts()).hasSize(1);
            assertThat(desk.incidents())
                    .extracting(PaymentIncident::kind)
                    .containsExactly(Kind.PAID_TWICE);
        }
    }

    @Nested
    class Attempts {
        @Test
        void aRefusedPaymentCanBePaidLaterWithANewAttempt() {
            StartResult.Started first = start();
            NotificationResult refused =
                    desk.handle(
                            gateway.notification(
                                    first.redirect().operationId(),
                                    "TX-000300",
                                    PaymentOutcome.REFUSED,
                                    NOW));
            StartResult.Started second = start();
            NotificationResult paid =
                    desk.handle(
                            gateway.notification(
                                    second.redirect().operationId(),
                                    "TX-000301",
                                    PaymentOutcome.PAID,
                                    NOW));

            assertThat(refused.kind()).isEqualTo(Kind.NOT_PAID);
            assertThat(refused.message().fr())
                    .isEqualTo(
                            "Votre banque a refusé le paiement. La facture CANTINE-2026-0042 reste"
                                    + " à payer : vous pouvez réessayer quand vous le souhaitez.");
            assertThat(paid.kind()).isEqualTo(Kind.PAID);
            assertThat(desk.attempts("CANTINE-2026-0042"))
                    .extracting(PaymentAttempt::status)
                    .containsExactly(PaymentAttempt.Status.REFUSED, PaymentAttempt.Status.PAID);
        }

        @Test
        void anAbandonedPaymentLeavesTheInvoiceDue() {
            StartResult.Started first = start();

            NotificationResult abandoned =
                    desk.handle(
                            gateway.notification(
                                    first.redirect().operationId(),
                                    "TX-000400",
                                    PaymentOutcome.ABANDONED,
                                    NOW));

            assertThat(abandoned.message().en())
                    .isEqualTo(
                            "The payment was interrupted. Invoice CANTINE-2026-0042 is still to be"
                                    + " paid: you can pay it later.");
            assertThat(desk.start("CANTINE-2026-0042", null))
                    .isInstanceOf(StartResult.Started.class);
        }

        @Test
        void aPaidInvoiceCannotBePaidAgain() {
            desk.handle(F14);

            StartResult result = desk.start("CANTINE-2026-0042", null);

            assertThat(((StartResult.Refused) result).message().in(Locale.FRENCH))
                    .isEqualTo("Cette facture est déjà payée : il n'y a plus rien à régler.");
        }

        @Test
        void anUnknownInvoiceIsExplained() {
            StartResult result = desk.start("CANTINE-2026-0043", null);

            assertThat(((StartResult.Refused) result).message().in(Locale.ENGLISH))
                    .isEqualTo(
                            "We cannot find this invoice. Check its number, written at the top of"
                                    + " the invoice.");
        }
    }

    @Nested
    class Invoices {
        @Test
        void maskTheirDebtor() {
            assertThat(CANTEEN.toString()).doesNotContain("resident-1");
            assertThat(CANTEEN.compactNumber()).isEqualTo("CANTINE20260042");
        }
    }
}
