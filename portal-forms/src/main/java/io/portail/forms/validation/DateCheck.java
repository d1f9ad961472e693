package io.portail.forms.validation;

import io.portail.forms.constraints.DateRule;
import io.portail.forms.constraints.RuleResult;
import io.portail.forms.definition.DateRange;
import io.portail.forms.definition.Field;
import io.portail.privacy.text.LocalizedText;
import java.time.LocalDate;

/**
 * Checks a date field with {@link DateRule}, and words the outcome with the field's name.
 *
 * <p>A well-formed date that does not exist, such as 31/02/2026, is "not a real date", a different
 * message from "wrong format" and from "out of range". A year before {@link
 * DateRule#FIRST_PLAUSIBLE_YEAR} is refused by the rule: the message says the year seems incomplete
 * or wrong, true of 0091 typed for 1991 and of 0001 alike, and asks for the full year.
 */
final class DateCheck {
    private DateCheck() {}

    private static final DateRule ANY = DateRule.any();

    /**
     * The date rules of one day, made once for the day and read by every date check of every
     * validation on that day.
     *
     * @param today the day
     * @param past dates on or before it
     * @param future dates on or after it
     */
    record Today(LocalDate today, DateRule past, DateRule future) {
        static Today of(LocalDate today) {
            return new Today(today, DateRule.notInFuture(today), DateRule.notInPast(today));
        }
    }

    static Checked check(Field field, String value, DateRange range, Today today) {
        DateRule rule =
                switch (range) {
                    case PAST -> today.past();
                    case FUTURE -> today.future();
                    case ANY -> ANY;
                };
        RuleResult result = rule.check(value);
        if (result instanceof RuleResult.Invalid) {
            String code =
                    switch (((RuleResult.Invalid) result).problem()) {
                        case NOT_A_REAL_DATE -> "date.not-a-real-date";
                        case TOO_LATE -> "date.too-late";
                        case TOO_EARLY -> "date.too-early";
                        // A year before DateRule.FIRST_PLAUSIBLE_YEAR, such as 0091 for 1991.
                        case OUT_OF_RANGE -> "date.implausible-year";
                        default -> "date.wrong-format";
                    };
            return Checked.fail(field, code);
        }
        String iso = ((RuleResult.Valid) result).normalised();
        LocalDate date = fromIso(iso);
        return Checked.ok(field, date, iso, LocalizedText.same(display(iso)));
    }

    /**
     * Reads the rule's normalised value, always {@code yyyy-mm-dd} with a four-digit year, without
     * the cost of a {@link java.time.format.DateTimeFormatter}.
     */
    static LocalDate fromIso(String iso) {
        return LocalDate.of(digits(iso, 0, 4), digits(iso, 5, 7), digits(iso, 8, 10));
    }

    /** The number written by the ASCII digits {@code text[from, to)}, known to be digits. */
    private static int digits(String text, int from, int to) {
        int value = 0;
        for (int i = from; i < to; i++) {
            value = value * 10 + (text.charAt(i) - '0');
        }
        return value;
    }

    /** {@code yyyy-mm-dd} as a resident reads it back: {@code dd/mm/yyyy}. */
    static String display(String iso) {
        char[] out = {
            iso.charAt(8),
            iso.charAt(9),
            '/',
            iso.charAt(5),
            iso.charAt(6),
            '/',
            iso.charAt(0),
            iso.charAt(1),
            iso.charAt(2),
            iso.charAt(3)
        };
        return new String(out);
    }
}
