package io.portail.forms.constraints;

import java.util.Locale;

/** What is wrong with a value, as a stable code; each rule has its own message for each problem. */
public enum Problem {
    /** Nothing was typed (or only spaces). */
    MISSING,
    /** The value holds a character the rule does not allow. */
    WRONG_CHARACTERS,
    /** The value is shorter than the rule allows. */
    TOO_SHORT,
    /** The value is longer than the rule allows. */
    TOO_LONG,
    /** The characters are allowed and the length is right, but they are not in the right order. */
    WRONG_FORMAT,
    /** The control key (check digits) does not match: usually a typing error. */
    WRONG_KEY,
    /** The value is well formed but designates nothing known, such as an unknown commune. */
    UNKNOWN,
    /** The value does not agree with another value, such as a postal code and a commune. */
    MISMATCH,
    /** The text reads as a date that does not exist, such as 31/02/2024. */
    NOT_A_REAL_DATE,
    /** The value is outside the range allowed for this field. */
    OUT_OF_RANGE,
    /** The date is before the earliest date allowed. */
    TOO_EARLY,
    /** The date is after the latest date allowed. */
    TOO_LATE,
    /** The value belongs to another country than the one the rule accepts. */
    FOREIGN;

    /**
     * Returns the stable code of this problem, in lower case with hyphens.
     *
     * @return for example {@code wrong-key} for {@link #WRONG_KEY}
     */
    public String code() {
        return name().toLowerCase(Locale.ROOT).replace('_', '-');
    }
}
