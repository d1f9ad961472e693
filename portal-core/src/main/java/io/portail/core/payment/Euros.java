package io.portail.core.payment;

import static java.util.Objects.requireNonNull;

import java.math.BigDecimal;
import java.util.Locale;

/**
 * Amounts in euro cents: conversion from decimal euros, and text residents read.
 *
 * <p>French typography puts a no-break space (U+00A0) between the amount and the sign, a comma
 * before the cents and a narrow no-break space (U+202F) between groups of three digits: « 1 234,50
 * € »; English writes "€1,234.50". Stateless and thread-safe.
 */
public final class Euros {
    private Euros() {}

    /**
     * Converts an amount in euros to cents, exactly.
     *
     * @param euros the amount, with at most two decimals, such as {@code 12.34}
     * @return the amount in cents, such as 1234
     * @throws ArithmeticException if the amount has more than two decimals or does not fit a long
     */
    public static long toCents(BigDecimal euros) {
        requireNonNull(euros, "euros");
        return euros.movePointRight(2).longValueExact();
    }

    /**
     * Writes an amount for residents.
     *
     * @param cents the amount in cents
     * @param locale the resident's language: English for an English locale, French otherwise
     * @return the text, such as « 42,50 € » or "€42.50"
     */
    public static String format(long cents, Locale locale) {
        requireNonNull(locale, "locale");
        boolean english = "en".equals(locale.getLanguage());
        String sign = cents < 0 ? "-" : "";
        long abs = Math.abs(cents);
        String units = group(Long.toString(abs / 100), english ? "," : "\u202f");
        String decimals = String.format(Locale.ROOT, "%02d", abs % 100);
        return english
                ? sign + "€" + units + "." + decimals
                : sign + units + "," + decimals + "\u00a0€";
    }

    private static String group(String digits, String separator) {
        StringBuilder out = new StringBuilder();
        int first = digits.length() % 3 == 0 ? 3 : digits.length() % 3;
        out.append(digits, 0, first);
        for (int i = first; i < digits.length(); i += 3) {
            out.append(separator).append(digits, i, i + 3);
        }
        return out.toString();
    }
}
