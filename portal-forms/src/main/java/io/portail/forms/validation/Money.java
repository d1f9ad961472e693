package io.portail.forms.validation;

import java.math.BigDecimal;
import java.math.RoundingMode;

/** Writes amounts in euros as residents read them: « 1 234,50 € » and « €1,234.50 ». */
final class Money {
    private Money() {}

    /** French: narrow no-break spaces between thousands, a comma, a no-break space, then €. */
    static String french(BigDecimal amount) {
        return group(amount, '\u202f', ',') + "\u00a0€";
    }

    /** English: the sign first, commas between thousands and a decimal point. */
    static String english(BigDecimal amount) {
        return "€" + group(amount, ',', '.');
    }

    private static String group(BigDecimal amount, char thousands, char decimal) {
        String plain = amount.setScale(2, RoundingMode.UNNECESSARY).abs().toPlainString();
        int dot = plain.indexOf('.');
        String whole = plain.substring(0, dot);
        StringBuilder out = new StringBuilder();
        for (int i = 0; i < whole.length(); i++) {
            if (i > 0 && (whole.length() - i) % 3 == 0) {
                out.append(thousands);
            }
            out.append(whole.charAt(i));
        }
        out.append(decimal).append(plain, dot + 1, plain.length());
        return (amount.signum() < 0 ? "-" : "") + out;
    }
}
