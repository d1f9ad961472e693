package io.portail.examples.stories;

import static java.util.Objects.requireNonNull;

import io.portail.core.payment.Euros;
import io.portail.core.payment.InMemoryPaymentGateway;
import io.portail.core.payment.Invoice;
import io.portail.core.payment.NotificationResult;
import io.portail.core.payment.PaymentDesk;
import io.portail.core.payment.PaymentNotification;
import io.portail.core.payment.PaymentReceiptText;
import io.portail.core.payment.StartResult;
import io.portail.core.payment.fr.PayFipAccount;
import io.portail.core.payment.fr.PayFipRequest;
import io.portail.core.payment.fr.PayFipResult;
import io.portail.privacy.text.LocalizedText;
import java.io.PrintStream;
import java.net.URI;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.util.Locale;
import java.util.Map;

/**
 * Alex pays the March canteen invoice: the first attempt is abandoned, the second is paid, and the
 * payment notification arrives twice but pays once (case F14).
 */
public final class PaymentStory {
    private static final ZoneId PARIS = ZoneId.of("Europe/Paris");

    /** Monday 16 March 2026, 10:05 in Paris. */
    private static final Instant NOW = Instant.parse("2026-03-16T09:05:00Z");

    private PaymentStory() {}

    /**
     * Prints the story as the resident reads it.
     *
     * @param out where to print
     * @param locale the resident's language: English for an English locale, French otherwise
     */
    public static void run(PrintStream out, Locale locale) {
        requireNonNull(out, "out");
        requireNonNull(locale, "locale");
        Invoice invoice =
                new Invoice(
                        "CANTINE-2026-0042",
                        "resident-alex",
                        4250,
                        new LocalizedText(
                                "Restauration scolaire, mars 2026", "School meals, March 2026"),
                        2026);
        InMemoryPaymentGateway gateway = new InMemoryPaymentGateway();
        PaymentDesk desk = PaymentDesk.of("Saint-Exemple", PARIS, gateway, Clock.fixed(NOW, PARIS));
        desk.register(invoice);
        PayFipAccount account =
                new PayFipAccount(
                        "012345",
                        PayFipAccount.Mode.TEST,
                        URI.create("https://portail.saint-exemple.example/payfip/notification"),
                        URI.create("https://portail.saint-exemple.example/payfip/retour"));

        out.println(
                text(
                        locale,
                        "Payer la facture de cantine de mars à Saint-Exemple",
                        "Pay the March canteen invoice in Saint-Exemple"));
        out.println(
                text(locale, "Facture CANTINE-2026-0042 : ", "Invoice CANTINE-2026-0042: ")
                        + Euros.format(invoice.amountCents(), locale));
        out.println();
        out.println(
                text(
                        locale,
                        "La mairie demande le paiement à PayFiP avec :",
                        "The town hall asks PayFiP for the payment with:"));
        Map<String, String> parameters =
                PayFipRequest.of(account, invoice, "alex@example.org").parameters();
        for (String name : new String[] {"exer", "refdet", "montant", "objet", "saisie"}) {
            out.println("  " + name + "=" + parameters.get(name));
        }
        out.println();
        out.println(
                text(
                        locale,
                        "Premier essai : Alex ferme la page de paiement.",
                        "First try: Alex closes the payment page."));
        StartResult.Started first = (StartResult.Started) desk.start(invoice.number(), null);
        show(
                out,
                desk.handle(
                        gateway.notification(
                                first.redirect().operationId(),
                                "TX-000122",
                                PayFipResult.of("A").orElseThrow().outcome(),
                                NOW)),
                locale);
        out.println();
        out.println(
                text(
                        locale,
                        "Deuxième essai, le même jour : le paiement passe.",
                        "Second try, the same day: the payment goes through."));
        StartResult.Started second = (StartResult.Started) desk.start(invoice.number(), null);
        PaymentNotification paid =
                gateway.notification(
                        second.redirect().operationId(),
                        "TX-000123",
                        PayFipResult.of("P").orElseThrow().outcome(),
                        NOW);
        NotificationResult result = desk.handle(paid);
        show(out, result, locale);
        out.println();
        result.receipt().ifPresent(r -> out.print(PaymentReceiptText.render(r, locale)));
        out.println();
        out.println(
                text(
                        locale,
                        "PayFiP envoie la même notification une deuxième fois.",
                        "PayFiP sends the same notification a second time."));
        NotificationResult again = desk.handle(paid);
        if (again.kind() == NotificationResult.Kind.REPEATED) {
            out.println(
                    text(
                                    locale,
                                    "→ Notification déjà reçue : rien ne change. Reçus délivrés : ",
                                    "→ Notification already received: nothing changes. Receipts"
                                            + " issued: ")
                            + desk.receipts().size());
        } else {
            show(out, again, locale);
        }
    }

    private static void show(PrintStream out, NotificationResult result, Locale locale) {
        out.println("→ " + result.message().in(locale));
    }

    private static String text(Locale locale, String fr, String en) {
        return "en".equals(locale.getLanguage()) ? en : fr;
    }
}
