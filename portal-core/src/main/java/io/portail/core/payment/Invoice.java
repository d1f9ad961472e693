package io.portail.core.payment;

import static java.util.Objects.requireNonNull;

import io.portail.core.internal.Ids;
import io.portail.privacy.text.LocalizedText;
import java.util.regex.Pattern;

/**
 * An invoice a resident pays online, such as a month of school meals.
 *
 * <p>{@code toString} masks the debtor. Immutable and thread-safe.
 *
 * @param number the invoice's number, such as {@code CANTINE-2026-0042}
 * @param debtor the paying resident's opaque identifier
 * @param amountCents the amount due, in cents
 * @param object what it is for, such as "Restauration scolaire, mars 2026"
 * @param year the budget year (exercice) the debt belongs to
 */
public record Invoice(
        String number, String debtor, long amountCents, LocalizedText object, int year) {
    private static final Pattern NUMBER = Pattern.compile("[A-Z0-9]+(-[A-Z0-9]+)*");

    /**
     * Checks the invoice.
     *
     * @param number the number: upper-case letters and digits, groups joined by hyphens, 30
     *     characters at most
     * @param debtor the debtor
     * @param amountCents the amount, positive
     * @param object what it is for
     * @param year the budget year, from 2000 to 2999
     * @throws IllegalArgumentException if the number is malformed, the amount is not positive or
     *     the year is out of range
     */
    public Invoice {
        requireNonNull(number, "number");
        requireNonNull(debtor, "debtor");
        requireNonNull(object, "object");
        if (!NUMBER.matcher(number).matches() || number.length() > 30) {
            throw new IllegalArgumentException(
                    "An invoice number is upper-case letters and digits joined by hyphens, 30"
                            + " characters at most: "
                            + Ids.shown(number));
        }
        if (amountCents <= 0) {
            throw new IllegalArgumentException("An invoice's amount is positive");
        }
        if (year < 2000 || year > 2999) {
            throw new IllegalArgumentException("A budget year lies from 2000 to 2999: " + year);
        }
    }

    /**
     * Returns the number without its hyphens, for gateways that take letters and digits only.
     *
     * @return the compact number, such as {@code CANTINE20260042}
     */
    public String compactNumber() {
        return number.replace("-", "");
    }

    @Override
    public String toString() {
        return "Invoice[number="
                + number
                + ", amountCents="
                + amountCents
                + ", year="
                + year
                + ", debtor=***]";
    }
}
