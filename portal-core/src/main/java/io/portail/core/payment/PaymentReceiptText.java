package io.portail.core.payment;

import static java.util.Objects.requireNonNull;

import io.portail.core.internal.ZoneTexts;
import io.portail.privacy.text.Template;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;

/**
 * Writes a payment receipt as plain text a resident reads, in French (the default) or English.
 *
 * <p>Stateless and thread-safe.
 */
public final class PaymentReceiptText {
    private static final DateTimeFormatter FR =
            DateTimeFormatter.ofPattern("EEEE d MMMM uuuu", Locale.FRENCH);
    private static final DateTimeFormatter EN =
            DateTimeFormatter.ofPattern("EEEE d MMMM uuuu", Locale.ENGLISH);

    private static final String FRENCH =
            "Reçu de paiement n° {number}\n"
                    + "Mairie de {commune}\n"
                    + "\n"
                    + "Vous avez payé {amount} le {date} à {time} ({zone}).\n"
                    + "Facture : {invoice} ({object})\n"
                    + "Transaction : {transaction}\n"
                    + "\n"
                    + "Ce reçu vous est délivré par voie électronique (article L112-11 du code des"
                    + " relations entre le public et l'administration). Gardez-le : il prouve votre"
                    + " paiement.\n";

    private static final String ENGLISH =
            "Payment receipt no. {number}\n"
                    + "Town hall of {commune}\n"
                    + "\n"
                    + "You paid {amount} on {date} at {time} ({zone}).\n"
                    + "Invoice: {invoice} ({object})\n"
                    + "Transaction: {transaction}\n"
                    + "\n"
                    + "This receipt is given to you electronically (article L112-11 of the French"
                    + " Code of Relations between the Public and the Administration). Keep it: it proves your"
                    + " payment.\n";

    private PaymentReceiptText() {}

    /**
     * Writes the receipt.
     *
     * @param receipt the receipt
     * @param locale the resident's language: English for an English locale, French otherwise
     * @return the text, lines separated by {@code \n}
     */
    public static String render(PaymentReceipt receipt, Locale locale) {
        requireNonNull(receipt, "receipt");
        requireNonNull(locale, "locale");
        boolean english = "en".equals(locale.getLanguage());
        ZonedDateTime paid = receipt.paidAt().atZone(receipt.zone());
        Map<String, String> values = new LinkedHashMap<>();
        values.put("number", receipt.number());
        values.put("commune", receipt.communeName());
        values.put("amount", Euros.format(receipt.amountCents(), locale));
        values.put("date", date(paid, english));
        values.put("time", time(paid, english));
        values.put("zone", ZoneTexts.label(paid, english));
        values.put("invoice", receipt.invoiceNumber());
        values.put("object", receipt.object().in(locale));
        values.put("transaction", receipt.transactionId());
        return Template.fill(english ? ENGLISH : FRENCH, values);
    }

    /** French writes the first day of a month as an ordinal: « 1er avril ». */
    private static String date(ZonedDateTime at, boolean english) {
        if (english) {
            return EN.format(at);
        }
        String text = FR.format(at);
        return at.getDayOfMonth() == 1 ? text.replaceFirst(" 1 ", " 1er ") : text;
    }

    /** French typography: 10 h 05, 9 h; English: 10:05. */
    private static String time(ZonedDateTime at, boolean english) {
        if (english) {
            return String.format(Locale.ROOT, "%d:%02d", at.getHour(), at.getMinute());
        }
        return at.getMinute() == 0
                ? at.getHour() + " h"
                : String.format(Locale.ROOT, "%d h %02d", at.getHour(), at.getMinute());
    }
}
