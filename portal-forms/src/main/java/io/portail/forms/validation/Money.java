package io.portail.forms.validation;

/**
 * Writes amounts in euros as residents read them: « 1 234,50 € » and « €1,234.50 », and as the
 * canonical text conditions read: {@code 1234.50}.
 */
final class Money {
    private Money() {}

    /** French: narrow no-break spaces between thousands, a comma, a no-break space, then €. */
    static String french(long cents) {
        return write(cents, "", '\u202f', ',', "\u00a0€");
    }

    /** English: the euro sign first, commas between thousands and a decimal point. */
    static String english(long cents) {
        return write(cents, "€", ',', '.', "");
    }

    /**
     * The canonical text: digits, a point and two digits, as {@code BigDecimal.valueOf(cents,
     * 2).toPlainString()} writes them.
     */
    static String plain(long cents) {
        return write(cents, "", (char) 0, '.', "");
    }

    /**
     * Writes {@code before}, a minus sign for a negative amount, the euros grouped in thousands
     * ({@code thousands} 0: not grouped), the decimal mark, the two digits of the cents, then
     * {@code after}, into one array of the exact length.
     */
    private static String write(
            long cents, String before, char thousands, char decimal, String after) {
        long whole = Math.abs(cents / 100);
        int fraction = (int) Math.abs(cents % 100);
        int digits = 1;
        for (long rest = whole / 10; rest > 0; rest /= 10) {
            digits++;
        }
        int separators = thousands == 0 ? 0 : (digits - 1) / 3;
        int sign = cents < 0 ? 1 : 0;
        char[] out = new char[before.length() + sign + digits + separators + 3 + after.length()];
        before.getChars(0, before.length(), out, 0);
        int at = before.length();
        if (sign == 1) {
            out[at++] = '-';
        }
        // The euros, written from their last digit backwards.
        int last = at + digits + separators - 1;
        long rest = whole;
        for (int written = 0; written < digits; written++) {
            if (written > 0 && written % 3 == 0 && thousands != 0) {
                out[last--] = thousands;
            }
            out[last--] = (char) ('0' + rest % 10);
            rest /= 10;
        }
        at += digits + separators;
        out[at++] = decimal;
        out[at++] = (char) ('0' + fraction / 10);
        out[at++] = (char) ('0' + fraction % 10);
        after.getChars(0, after.length(), out, at);
        return new String(out);
    }
}
