package io.portail.forms.value;

import static java.util.Objects.requireNonNull;

import java.text.Normalizer;

/**
 * Normalisation of one line of text typed by a resident, applied before any rule.
 *
 * <p>Two spellings that a person reads as the same text compare equal once normalised: a name typed
 * on a phone keyboard with a typographic apostrophe (U+2019) equals the same name typed with U+0027
 * (case F06), and a name in decomposed form (NFD, as some systems send it) equals its composed form
 * (NFC, case F07).
 *
 * <p>Stateless and thread-safe.
 */
public final class Text {
    private Text() {}

    /**
     * Normalises one line of text: Unicode NFC, apostrophes unified, white space collapsed and
     * trimmed.
     *
     * <p>In order:
     *
     * <ol>
     *   <li>Unicode canonical composition (NFC, Unicode Standard Annex #15);
     *   <li>the characters used as apostrophes (U+2018, U+2019, U+201B, U+02BC, U+2032, U+00B4,
     *       U+FF07) become U+0027 APOSTROPHE;
     *   <li>the invisible characters U+00AD SOFT HYPHEN, U+061C ARABIC LETTER MARK, U+180E
     *       MONGOLIAN VOWEL SEPARATOR, U+200B ZERO WIDTH SPACE, U+200E LEFT-TO-RIGHT MARK, U+200F
     *       RIGHT-TO-LEFT MARK, U+2060 WORD JOINER, U+2061 to U+2064 (invisible operators) and
     *       U+FEFF (a byte-order mark left by copy and paste) are removed: a resident can neither
     *       see them nor take them out;
     *   <li>every run of white space, including no-break spaces (U+00A0, U+2007, U+202F), tabs and
     *       line breaks, becomes one U+0020 SPACE, and spaces at both ends are removed.
     * </ol>
     *
     * <p>The result is stable: {@code normalise(normalise(s)).equals(normalise(s))}. Time and
     * memory are linear in the length of the input. Characters that no rule allows (control
     * characters, for instance) are kept: deciding about them is the rules' job. So are the
     * bidirectional embedding, override and isolate controls (U+202A to U+202E, U+2066 to U+2069):
     * unlike the two marks above, they can reorder the text a person reads and disguise it (Unicode
     * Standard Annex #9; CVE-2021-42574), and the rules refuse them.
     *
     * @param text what the resident typed
     * @return the normalised text, possibly empty
     * @throws NullPointerException if {@code text} is null
     */
    public static String normalise(String text) {
        requireNonNull(text, "text");
        switch (shape(text)) {
            case NORMAL:
                return text;
            case COMPOSED:
                return clean(text);
            default:
                return normaliseFully(text);
        }
    }

    /** How much of {@link #normalise(String)} a text needs. */
    private enum Shape {
        /** Nothing: the text is returned as it is. */
        NORMAL,
        /** Apostrophes and spaces only: the text is already composed. */
        COMPOSED,
        /** Everything, composition included. */
        ANY
    }

    /**
     * Tells, in one pass, how much of {@link #normalise(String)} a text needs: nothing ({@link
     * Shape#NORMAL}), the apostrophes and spaces only ({@link Shape#COMPOSED}), or everything
     * ({@link Shape#ANY}).
     *
     * <p>A text needs no composition when each of its characters is below U+0300, where the
     * combining marks begin, or is one of a few punctuation marks, spaces and symbols of general
     * use above it (typographic apostrophes and quotation marks, dashes, the ellipsis, narrow and
     * figure spaces, the invisible characters removed, the euro sign). Each of these is in NFC, has
     * no canonical decomposition and composes with nothing (Unicode Character Database,
     * NFC_Quick_Check and canonical combining class 0): the text is composed, and stays so when
     * apostrophes are unified and spaces collapsed. Of these, only the spaces, the apostrophes and
     * the invisible characters need cleaning: a euro sign, a dash, a quotation mark or an ellipsis
     * leaves the text as it is ({@code 612,5 €}).
     */
    private static Shape shape(String text) {
        int length = text.length();
        Shape shape = Shape.NORMAL;
        for (int i = 0; i < length; i++) {
            char c = text.charAt(i);
            if (c > ' ' && c <= '~') {
                continue;
            }
            if (c < '\u0300') {
                boolean kept =
                        c == ' '
                                ? i > 0 && i < length - 1 && text.charAt(i - 1) != ' '
                                : c > '\u00A0' && c != '\u00AD' && c != '\u00B4' && c != '\u02BC';
                if (!kept) {
                    shape = Shape.COMPOSED;
                }
            } else if (isInert(c)) {
                if (isSpace(c) || isApostrophe(c) || isInvisible(c)) {
                    shape = Shape.COMPOSED;
                }
            } else {
                return Shape.ANY;
            }
        }
        return shape;
    }

    /** The characters above U+0300 that {@link #shape(String)} knows need no composition. */
    private static boolean isInert(char c) {
        return (c >= '\u2007' && c <= '\u201F' && c != '\u200C' && c != '\u200D')
                || c == '\u2026'
                || c == '\u202F'
                || c == '\u2032'
                || c == '\u2060'
                || c == '\u20AC'
                || c == '\uFEFF'
                || c == '\uFF07';
    }

    /** The whole of {@link #normalise(String)}, for any text. */
    static String normaliseFully(String text) {
        String result = clean(Normalizer.normalize(text, Normalizer.Form.NFC));
        // Removing a character can bring two combining marks together out of canonical order:
        // composing again keeps the result in NFC, hence the stability of normalise.
        return Normalizer.isNormalized(result, Normalizer.Form.NFC)
                ? result
                : Normalizer.normalize(result, Normalizer.Form.NFC);
    }

    /**
     * Unifies apostrophes, removes invisible characters and collapses spaces, in a composed text.
     */
    private static String clean(String composed) {
        int length = composed.length();
        char[] out = new char[length];
        int size = 0;
        boolean pendingSpace = false;
        for (int i = 0; i < length; i++) {
            char c = composed.charAt(i);
            if (c > ' ' && c <= '~') {
                // Printable ASCII: kept as it is, the common case.
            } else if (isSpace(c)) {
                pendingSpace = true;
                continue;
            } else if (isInvisible(c)) {
                continue;
            } else if (isApostrophe(c)) {
                c = '\'';
            }
            if (pendingSpace && size > 0) {
                out[size++] = ' ';
            }
            pendingSpace = false;
            out[size++] = c;
        }
        return new String(out, 0, size);
    }

    /**
     * Normalises text as {@link #normalise(String)} does, then removes every space.
     *
     * <p>Meant for identifiers that people type in groups, such as {@code 1 92 11 99 109 042 12}.
     *
     * @param text what the resident typed
     * @return the normalised text without spaces, possibly empty
     * @throws NullPointerException if {@code text} is null
     */
    public static String compact(String text) {
        String normalised = normalise(text);
        if (normalised.indexOf(' ') < 0) {
            return normalised;
        }
        StringBuilder out = new StringBuilder(normalised.length());
        for (int i = 0; i < normalised.length(); i++) {
            char c = normalised.charAt(i);
            if (c != ' ') {
                out.append(c);
            }
        }
        return out.toString();
    }

    /**
     * Tells whether a character counts as white space for {@link #normalise(String)}.
     *
     * @param c a UTF-16 code unit
     * @return true for Java white space and for every Unicode space separator
     */
    public static boolean isSpace(char c) {
        return Character.isWhitespace(c) || Character.isSpaceChar(c);
    }

    /**
     * The characters removed as invisible: U+00AD SOFT HYPHEN, U+061C ARABIC LETTER MARK, U+180E
     * MONGOLIAN VOWEL SEPARATOR, U+200B ZERO WIDTH SPACE, U+200E LEFT-TO-RIGHT MARK, U+200F
     * RIGHT-TO-LEFT MARK, U+2060 WORD JOINER, U+2061 to U+2064 (function application, invisible
     * times, separator and plus) and U+FEFF ZERO WIDTH NO-BREAK SPACE (the byte-order mark). Each
     * is a format character (general category Cf) of canonical combining class 0 with no
     * decomposition (Unicode Character Database): in a text without combining marks, removing it
     * leaves the text composed. U+200C and U+200D, the zero width non-joiner and joiner, are kept:
     * they change how letters join in some scripts.
     */
    private static boolean isInvisible(char c) {
        return c == '\u00AD'
                || c == '\u061C'
                || c == '\u180E'
                || c == '\u200B'
                || c == '\u200E'
                || c == '\u200F'
                || (c >= '\u2060' && c <= '\u2064')
                || c == '\uFEFF';
    }

    private static boolean isApostrophe(char c) {
        switch (c) {
            case '\u2018':
            case '\u2019':
            case '\u201B':
            case '\u02BC':
            case '\u2032':
            case '\u00B4':
            case '\uFF07':
                return true;
            default:
                return false;
        }
    }
}
