package io.portail.forms.validation;

/** Writes amounts in euros as residents read them: « 1 234,50 € » and « €1,234.50 ». */
final class Money {
    private Money() {}

    /** French: narrow no-break spaces between thousands, a comma, a no-break space, then €. */
    static String french(long cents) {
        return group(cents, '\u202f', ',') + "\u00a0€";
    }

    /** English: the sign first, commas between thousands and a decimal point. */
    static String english(long cents) {
        return "€" + group(cents, ',', '.');
    }

    private static String group(long cents, char thousands, char decimal) {
        String whole = Long.toString(Math.abs(cents / 100));
        int fraction = (int) Math.abs(cents % 100);
        StringBuilder out = new StringBuilder(whole.length() + whole.length() / 3 + 4);
        if (cents < 0) {
            out.append('-');
        }
        for (int i = 0; i < whole.length(); i++) {
            if (i > 0 && (whole.length() - i) % 3 == 0) {
                out.append(thousands);
            }
            out.append(whole.charAt(i));
        }
        return out.append(decimal)
                .append((char) ('0' + fraction / 10))
                .append((char) ('0' + fraction % 10))
                .toString();
    }
}
