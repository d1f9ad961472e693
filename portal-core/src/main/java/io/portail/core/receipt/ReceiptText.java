package io.portail.core.receipt;

import static java.util.Objects.requireNonNull;

import io.portail.core.deadline.ImplicitDecision;
import io.portail.core.internal.ZoneTexts;
import io.portail.privacy.text.Template;
import java.time.Instant;
import java.time.ZonedDateTime;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.ResourceBundle;

/**
 * Writes a receipt as plain text a resident reads, in French (the default) or English.
 *
 * <p>Dates and times are shown in the commune's zone. The wording lives in the bundles {@code
 * io/portail/core/receipt/Receipts}. Thread-safe.
 */
public final class ReceiptText {
    private static final String BUNDLE = "io.portail.core.receipt.Receipts";
    private static final ResourceBundle.Control NO_FALLBACK =
            ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES);

    private ReceiptText() {}

    /**
     * Writes the receipt.
     *
     * @param receipt the receipt
     * @param locale the resident's language: English for an English locale, French otherwise
     * @return the text, lines separated by {@code \n}
     */
    public static String render(Receipt receipt, Locale locale) {
        requireNonNull(receipt, "receipt");
        requireNonNull(locale, "locale");
        Locale language = FrenchDates.isEnglish(locale) ? Locale.ENGLISH : Locale.ROOT;
        ResourceBundle texts = ResourceBundle.getBundle(BUNDLE, language, NO_FALLBACK);
        ZonedDateTime received = receipt.receivedAt().atZone(receipt.zone());
        Map<String, String> values = new LinkedHashMap<>();
        values.put("reference", receipt.reference().toString());
        values.put("commune", receipt.communeName());
        values.put("date", FrenchDates.date(received.toLocalDate(), locale));
        values.put("time", FrenchDates.time(received.toLocalTime(), locale));
        values.put("zone", ZoneTexts.label(received, FrenchDates.isEnglish(locale)));
        values.put("email", receipt.service().email());
        values.put("phone", receipt.service().phone());
        values.put("hours", receipt.service().hours().describe().in(locale));
        values.put("source", receipt.regimeSource().in(locale));
        values.put("court", receipt.administrativeCourt());
        ImplicitDecision decision = receipt.implicitDecision();
        Instant complementedAt = receipt.complementedAt();
        if (complementedAt != null) {
            ZonedDateTime complemented = complementedAt.atZone(receipt.zone());
            values.put("complementedDate", FrenchDates.date(complemented.toLocalDate(), locale));
            values.put("complementedTime", FrenchDates.time(complemented.toLocalTime(), locale));
            // The only time shown is the pieces' arrival: the name of its hour is its own.
            values.put("zone", ZoneTexts.label(complemented, FrenchDates.isEnglish(locale)));
        }
        if (decision != null) {
            values.put("bornOn", FrenchDates.date(decision.bornOn(), locale));
            values.put("effectiveFrom", FrenchDates.date(decision.effectiveFrom(), locale));
        }

        StringBuilder out = new StringBuilder();
        line(out, texts, "title", values);
        out.append(receipt.procedureTitle().in(locale)).append('\n');
        line(out, texts, "reference", values);
        out.append('\n');
        line(out, texts, complementedAt == null ? "received" : "received.complemented", values);
        out.append('\n');
        line(out, texts, "who", values);
        out.append(receipt.service().name().in(locale)).append('\n');
        out.append(String.join(", ", receipt.service().postalAddress())).append('\n');
        line(out, texts, "email", values);
        line(out, texts, "phone", values);
        line(out, texts, "desk", values);
        out.append('\n');
        line(out, texts, "next", values);
        if (decision == null) {
            line(out, texts, "none", values);
        } else if (decision.kind() == ImplicitDecision.Kind.ACCEPTANCE) {
            line(out, texts, "acceptance", values);
            line(out, texts, "attestation", values);
        } else {
            line(out, texts, "rejection", values);
            line(out, texts, "appeal", values);
        }
        line(out, texts, "incomplete", values);
        out.append('\n');
        line(out, texts, "footer", values);
        return out.toString();
    }

    private static void line(
            StringBuilder out, ResourceBundle texts, String key, Map<String, String> values) {
        out.append(Template.fill(texts.getString(key), values)).append('\n');
    }
}
