package io.portail.core.receipt;

import java.util.Locale;

/** Amounts in euro cents written for residents: 42,50 € in French, €42.50 in English. */
final class Money {
    private Money() {}

    static String format(long cents, Locale locale) {
        String units = Long.toString(cents / 100);
        String rest = String.format(Locale.ROOT, "%02d", cents % 100);
        return FrenchDates.isEnglish(locale)
                ? "€" + units + "." + rest
                : units + "," + rest + "\u00a0€";
    }
}
