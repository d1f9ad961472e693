package io.portail.forms.constraints;

import static java.util.Objects.requireNonNull;

import io.portail.forms.value.Text;

/**
 * A person's family name or given names: letters of any script, with spaces, hyphens and
 * apostrophes between them.
 *
 * <p>The value is normalised by {@link Text#normalise(String)} (NFC, typographic apostrophes read
 * as U+0027: cases F06 and F07), and the hyphen-like characters U+2010, U+2011, U+2012, U+2013 and
 * U+2212 become U+002D. It must start with a letter and end with a letter (or its combining mark);
 * combining marks are allowed after a letter (scripts that need them keep them after NFC). A double
 * hyphen is accepted: French civil status wrote double family names with {@code --} from 2005 until
 * about 2011 (after the loi n° 2002-304 du 4 mars 2002 on the family name), and such names still
 * appear on documents. Digits and other signs are refused. The length is counted in code points
 * after NFC: {@code Hélène} is 6, composed or not. Immutable and thread-safe.
 */
public final class PersonNameRule implements TextRule {
    /** Names of at most {@value #DEFAULT_MAX_LENGTH} characters. */
    public static final PersonNameRule INSTANCE =
            new PersonNameRule(PersonNameRule.DEFAULT_MAX_LENGTH);

    /** The default longest name, in code points. */
    public static final int DEFAULT_MAX_LENGTH = 100;

    private final int maxLength;

    private PersonNameRule(int maxLength) {
        this.maxLength = maxLength;
    }

    /**
     * Returns the rule with another longest length.
     *
     * @param maxLength the longest name accepted, in code points after NFC
     * @return the rule
     * @throws IllegalArgumentException if {@code maxLength} is less than 1
     */
    public static PersonNameRule withMaxLength(int maxLength) {
        if (maxLength < 1) {
            throw new IllegalArgumentException("Longest name must be at least 1: " + maxLength);
        }
        return new PersonNameRule(maxLength);
    }

    /**
     * Returns the longest name accepted.
     *
     * @return the length in code points
     */
    public int maxLength() {
        return maxLength;
    }

    @Override
    public String code() {
        return "person-name";
    }

    @Override
    public RuleResult check(String input) {
        requireNonNull(input, "input");
        if (input.length() > 4L * maxLength + 64) {
            return RuleResult.invalid(Problem.TOO_LONG);
        }
        String name = unifyHyphens(Text.normalise(input));
        if (name.isEmpty()) {
            return RuleResult.invalid(Problem.MISSING);
        }
        int count = 0;
        for (int i = 0; i < name.length(); ) {
            int cp = name.codePointAt(i);
            if (!Character.isLetter(cp) && !isMark(cp) && cp != ' ' && cp != '-' && cp != '\'') {
                return RuleResult.invalid(Problem.WRONG_CHARACTERS);
            }
            count++;
            i += Character.charCount(cp);
        }
        if (count > maxLength) {
            return RuleResult.invalid(Problem.TOO_LONG);
        }
        int last = name.codePointBefore(name.length());
        if (!Character.isLetter(name.codePointAt(0))
                || !(Character.isLetter(last) || isMark(last))) {
            return RuleResult.invalid(Problem.WRONG_FORMAT);
        }
        return RuleResult.valid(name);
    }

    private static boolean isMark(int cp) {
        int type = Character.getType(cp);
        return type == Character.NON_SPACING_MARK
                || type == Character.COMBINING_SPACING_MARK
                || type == Character.ENCLOSING_MARK;
    }

    private static String unifyHyphens(String s) {
        char[] out = null;
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            boolean hyphen =
                    c == '\u2010'
                            || c == '\u2011'
                            || c == '\u2012'
                            || c == '\u2013'
                            || c == '\u2212';
            if (hyphen) {
                if (out == null) {
                    out = s.toCharArray();
                }
                out[i] = '-';
            }
        }
        // Most names have no such hyphen: they are returned as they are, with no copy.
        return out == null ? s : new String(out);
    }
}
