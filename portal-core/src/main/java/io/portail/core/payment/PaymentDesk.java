package io.portail.core.payment;

import static java.util.Objects.requireNonNull;

import io.portail.core.payment.NotificationResult.Kind;
import io.portail.privacy.text.LocalizedText;
import io.portail.privacy.text.Template;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The invoices residents pay online, their payment attempts and receipts.
 *
 * <p>Notifications are handled idempotently, by transaction: the first notification of a paid
 * transaction pays the invoice and issues one receipt; the same notification delivered again, at
 * once or later, from any number of threads, is acknowledged with no effect (case F14). A
 * notification whose amount or currency differs from the invoice is refused, changes nothing, and
 * is logged with its transaction only. A refused or abandoned payment leaves the invoice due: the
 * resident starts a new attempt. Thread-safe: every change happens under one lock; the gateway is
 * called outside it.
 */
public final class PaymentDesk {
    private static final Logger LOG = LoggerFactory.getLogger(PaymentDesk.class);
    private static final String CURRENCY = "EUR";

    private final String communeName;
    private final ZoneId zone;
    private final PaymentGateway gateway;
    private final Clock clock;
    private final Object lock = new Object();
    private final Map<String, Invoice> invoices = new LinkedHashMap<>();
    private final Map<String, String> byCompactNumber = new LinkedHashMap<>();
    private final Map<String, PaymentReceipt> receipts = new LinkedHashMap<>();
    private final Map<String, Handled> handled = new LinkedHashMap<>();
    private final Map<String, PaymentAttempt> attempts = new LinkedHashMap<>();
    private final List<PaymentIncident> incidents = new ArrayList<>();
    private long nextAttempt = 1;
    private long nextReceipt = 1;

    private record Handled(PaymentNotification notification, NotificationResult result) {}

    private PaymentDesk(String communeName, ZoneId zone, PaymentGateway gateway, Clock clock) {
        this.communeName = communeName;
        this.zone = zone;
        this.gateway = gateway;
        this.clock = clock;
    }

    /**
     * Creates an empty desk.
     *
     * @param communeName the commune's name, as residents read it
     * @param zone the commune's zone
     * @param gateway the payment gateway
     * @param clock the clock
     * @return the desk
     */
    public static PaymentDesk of(
            String communeName, ZoneId zone, PaymentGateway gateway, Clock clock) {
        requireNonNull(communeName, "communeName");
        requireNonNull(zone, "zone");
        requireNonNull(gateway, "gateway");
        requireNonNull(clock, "clock");
        return new PaymentDesk(communeName, zone, gateway, clock);
    }

    /**
     * Adds an invoice to pay.
     *
     * @param invoice the invoice
     * @throws IllegalArgumentException if an invoice with the same number, with or without its
     *     hyphens, is already there
     */
    public void register(Invoice invoice) {
        requireNonNull(invoice, "invoice");
        synchronized (lock) {
            if (invoices.containsKey(invoice.number())
                    || byCompactNumber.containsKey(invoice.compactNumber())) {
                throw new IllegalArgumentException(
                        "An invoice with the number " + invoice.number() + " is already there");
            }
            invoices.put(invoice.number(), invoice);
            byCompactNumber.put(invoice.compactNumber(), invoice.number());
        }
    }

    /**
     * Starts an attempt at paying an invoice; allowed as long as the invoice is not paid, whatever
     * happened to earlier attempts.
     *
     * @param invoiceNumber the invoice's number
     * @param email where the gateway sends its own ticket, or null
     * @return where to send the resident, or why not
     */
    public StartResult start(String invoiceNumber, @Nullable String email) {
        requireNonNull(invoiceNumber, "invoiceNumber");
        Invoice invoice;
        String attemptId;
        synchronized (lock) {
            invoice = find(invoiceNumber);
            if (invoice == null) {
                return new StartResult.Refused(
                        new LocalizedText(
                                "Nous ne trouvons pas cette facture. Vérifiez son numéro, écrit en"
                                        + " haut de la facture.",
                                "We cannot find this invoice. Check its number, written at the"
                                        + " top of the invoice."));
            }
            if (receipts.containsKey(invoice.number())) {
                return new StartResult.Refused(alreadyPaid());
            }
            attemptId = "PAY-" + nextAttempt++;
        }
        PaymentRedirect redirect = gateway.start(invoice, attemptId, email);
        synchronized (lock) {
            PaymentAttempt attempt =
                    new PaymentAttempt(
                            attemptId,
                            invoice.number(),
                            redirect.operationId(),
                            clock.instant(),
                            PaymentAttempt.Status.PENDING,
                            null);
            attempts.put(attemptId, attempt);
            return new StartResult.Started(attempt, redirect);
        }
    }

    /**
     * Handles a notification from the gateway, idempotently.
     *
     * @param notification the notification
     * @return what was done, and what the resident reads
     */
    public NotificationResult handle(PaymentNotification notification) {
        requireNonNull(notification, "notification");
        synchronized (lock) {
            Instant now = clock.instant();
            Handled before = handled.get(notification.transactionId());
            if (before != null) {
                if (sameContent(before.notification(), notification)) {
                    return new NotificationResult(
                            Kind.REPEATED, before.result().receipt(), before.result().message());
                }
                return incident(Kind.CONFLICT, notification, now);
            }
            Invoice invoice = find(notification.invoiceNumber());
            if (invoice == null) {
                return incident(Kind.UNKNOWN_INVOICE, notification, now);
            }
            if (notification.amountCents() != invoice.amountCents()
                    || !CURRENCY.equals(notification.currency())) {
                return incident(Kind.AMOUNT_MISMATCH, notification, now);
            }
            NotificationResult result;
            if (notification.outcome() == PaymentOutcome.PAID) {
                if (receipts.containsKey(invoice.number())) {
                    result = incident(Kind.PAID_TWICE, notification, now);
                } else {
                    PaymentReceipt receipt =
                            new PaymentReceipt(
                                    "QP-" + nextReceipt++,
                                    communeName,
                                    invoice.number(),
                                    invoice.object(),
                                    notification.amountCents(),
                                    notification.at(),
                                    zone,
                                    notification.transactionId());
                    receipts.put(invoice.number(), receipt);
                    result = new NotificationResult(Kind.PAID, Optional.of(receipt), paid(invoice));
                }
            } else {
                result =
                        new NotificationResult(
                                Kind.NOT_PAID,
                                Optional.empty(),
                                receipts.containsKey(invoice.number())
                                        ? alreadyPaid()
                                        : notPaid(invoice, notification.outcome()));
            }
            settleAttempt(invoice, notification);
            handled.put(notification.transactionId(), new Handled(notification, result));
            return result;
        }
    }

    /**
     * Returns the receipt of an invoice, once paid.
     *
     * @param invoiceNumber the invoice's number
     * @return the receipt, or empty while it is due
     */
    public Optional<PaymentReceipt> receipt(String invoiceNumber) {
        requireNonNull(invoiceNumber, "invoiceNumber");
        synchronized (lock) {
            Invoice invoice = find(invoiceNumber);
            return invoice == null
                    ? Optional.empty()
                    : Optional.ofNullable(receipts.get(invoice.number()));
        }
    }

    /**
     * Returns every receipt issued, in order.
     *
     * @return the receipts
     */
    public List<PaymentReceipt> receipts() {
        synchronized (lock) {
            return List.copyOf(receipts.values());
        }
    }

    /**
     * Returns the attempts at paying an invoice, in order.
     *
     * @param invoiceNumber the invoice's number
     * @return the attempts
     */
    public List<PaymentAttempt> attempts(String invoiceNumber) {
        requireNonNull(invoiceNumber, "invoiceNumber");
        synchronized (lock) {
            return attempts.values().stream()
                    .filter(a -> a.invoiceNumber().equals(invoiceNumber))
                    .toList();
        }
    }

    /**
     * Returns the notifications an agent must look at, in order.
     *
     * @return the incidents
     */
    public List<PaymentIncident> incidents() {
        synchronized (lock) {
            return List.copyOf(incidents);
        }
    }

    private @Nullable Invoice find(String number) {
        Invoice invoice = invoices.get(number);
        if (invoice != null) {
            return invoice;
        }
        String full = byCompactNumber.get(number);
        return full == null ? null : invoices.get(full);
    }

    private static boolean sameContent(PaymentNotification a, PaymentNotification b) {
        return a.invoiceNumber().equals(b.invoiceNumber())
                && a.amountCents() == b.amountCents()
                && a.currency().equals(b.currency())
                && a.outcome() == b.outcome();
    }

    /** Marks the invoice's oldest pending attempt with the outcome. */
    private void settleAttempt(Invoice invoice, PaymentNotification notification) {
        for (PaymentAttempt attempt : attempts.values()) {
            if (attempt.invoiceNumber().equals(invoice.number())
                    && attempt.status() == PaymentAttempt.Status.PENDING) {
                PaymentAttempt.Status status =
                        switch (notification.outcome()) {
                            case PAID -> PaymentAttempt.Status.PAID;
                            case REFUSED -> PaymentAttempt.Status.REFUSED;
                            case ABANDONED -> PaymentAttempt.Status.ABANDONED;
                        };
                attempts.put(
                        attempt.id(),
                        new PaymentAttempt(
                                attempt.id(),
                                attempt.invoiceNumber(),
                                attempt.operationId(),
                                attempt.startedAt(),
                                status,
                                notification.transactionId()));
                return;
            }
        }
    }

    /** Logs the transaction and the kind only: never the resident, nor what they typed. */
    private NotificationResult incident(Kind kind, PaymentNotification notification, Instant now) {
        incidents.add(
                new PaymentIncident(
                        kind, notification.transactionId(), notification.invoiceNumber(), now));
        LOG.warn("Payment notification of transaction {}: {}", notification.transactionId(), kind);
        LocalizedText message =
                kind == Kind.PAID_TWICE
                        ? new LocalizedText(
                                "Cette facture était déjà payée : ce second paiement vous sera"
                                        + " remboursé.",
                                "This invoice was already paid: this second payment will be"
                                        + " refunded to you.")
                        : new LocalizedText(
                                "Nous n'avons pas pu enregistrer ce paiement. La mairie va le"
                                        + " vérifier et vous recontactera si besoin.",
                                "We could not record this payment. The town hall will check it"
                                        + " and contact you if needed.");
        return new NotificationResult(kind, Optional.empty(), message);
    }

    private static LocalizedText alreadyPaid() {
        return new LocalizedText(
                "Cette facture est déjà payée : il n'y a plus rien à régler.",
                "This invoice is already paid: there is nothing more to pay.");
    }

    private static LocalizedText paid(Invoice invoice) {
        return text(
                "Votre paiement de {amountFr} pour la facture {invoice} est enregistré. Voici votre"
                        + " reçu.",
                "Your payment of {amountEn} for invoice {invoice} is recorded. Here is your"
                        + " receipt.",
                invoice);
    }

    private static LocalizedText notPaid(Invoice invoice, PaymentOutcome outcome) {
        return outcome == PaymentOutcome.ABANDONED
                ? text(
                        "Le paiement a été interrompu. La facture {invoice} reste à payer : vous"
                                + " pouvez la payer plus tard.",
                        "The payment was interrupted. Invoice {invoice} is still to be paid: you"
                                + " can pay it later.",
                        invoice)
                : text(
                        "Votre banque a refusé le paiement. La facture {invoice} reste à payer :"
                                + " vous pouvez réessayer quand vous le souhaitez.",
                        "Your bank refused the payment. Invoice {invoice} is still to be paid:"
                                + " you can try again whenever you wish.",
                        invoice);
    }

    private static LocalizedText text(String fr, String en, Invoice invoice) {
        Map<String, String> values =
                Map.of(
                        "invoice",
                        invoice.number(),
                        "amountFr",
                        Euros.format(invoice.amountCents(), Locale.FRENCH),
                        "amountEn",
                        Euros.format(invoice.amountCents(), Locale.ENGLISH));
        return new LocalizedText(Template.fill(fr, values), Template.fill(en, values));
    }
}
