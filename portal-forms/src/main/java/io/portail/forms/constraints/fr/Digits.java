package io.portail.forms.constraints.fr;

import io.portail.forms.constraints.Problem;
import io.portail.forms.value.Text;
import org.jspecify.annotations.Nullable;

/** Shared first steps of the rules for numeric identifiers. */
final class Digits {
    /**
     * Longest raw input looked at; anything longer is refused before any work, so that a hostile 10
     * MB value costs nothing.
     */
    static final int MAX_RAW_LENGTH = 64;

    private Digits() {}

    /**
     * Normalises an identifier: {@link Text#normalise(String)}, then spaces, dots and hyphens (the
     * separators people type between groups) are removed, and letters are upper-cased.
     */
    static String compact(String input) {
        String normalised = Text.normalise(input);
        StringBuilder out = new StringBuilder(normalised.length());
        for (int i = 0; i < normalised.length(); i++) {
            char c = normalised.charAt(i);
            if (c == ' ' || c == '.' || c == '-') {
                continue;
            }
            out.append(c >= 'a' && c <= 'z' ? (char) (c - 'a' + 'A') : c);
        }
        return out.toString();
    }

    static boolean isDigit(char c) {
        return c >= '0' && c <= '9';
    }

    static boolean allDigits(String s, int from, int to) {
        for (int i = from; i < to; i++) {
            if (!isDigit(s.charAt(i))) {
                return false;
            }
        }
        return true;
    }

    /** The problem of a compacted value that must be exactly {@code length} ASCII digits. */
    static @Nullable Problem shapeProblem(String compact, int length) {
        if (compact.isEmpty()) {
            return Problem.MISSING;
        }
        if (!allDigits(compact, 0, compact.length())) {
            return Problem.WRONG_CHARACTERS;
        }
        if (compact.length() < length) {
            return Problem.TOO_SHORT;
        }
        if (compact.length() > length) {
            return Problem.TOO_LONG;
        }
        return null;
    }

    static int digitSum(String digits) {
        int sum = 0;
        for (int i = 0; i < digits.length(); i++) {
            sum += digits.charAt(i) - '0';
        }
        return sum;
    }
}
