package io.portail.core.reference;

import static java.util.Objects.requireNonNull;

import org.jspecify.annotations.Nullable;

/**
 * A short reference of a request, made to be read over the phone and typed by a person; immutable
 * and thread-safe.
 *
 * <p>A reference is a prefix of two letters (the commune's, for example {@code SE}), eight random
 * characters in two groups of four and a check character, written {@code SE-4KX7-P9M3-9}. All its
 * characters come from {@link #ALPHABET}, 29 symbols: the digits 2 to 9 and the letters without I,
 * L, O, Q and U, which are easily taken for 1, 0 or V and for one another. The remaining pairs that
 * handwriting may blur (2 and Z, 5 and S, 8 and B) are distinct in print, and any single such slip
 * is caught by the check character.
 *
 * <p>The check character makes the weighted sum of the eleven symbols' values (their positions in
 * the alphabet) a multiple of 29, with weights 1 to 11 from the left (a pure system over a prime
 * modulus, in the manner of ISO/IEC 7064). Since 29 is prime and every weight and every difference
 * of two weights lies between 1 and 28, changing one character changes the sum by {@code weight ×
 * difference} and swapping two characters by {@code (weight difference) × difference}, neither of
 * which is a multiple of 29: every single wrong character and every swap of two characters,
 * neighbours or not, is detected.
 */
public final class Reference {

    /** The symbols of a reference, in the order that gives their values 0 to 28. */
    public static final String ALPHABET = "23456789ABCDEFGHJKMNPRSTVWXYZ";

    /** The number of characters of a reference, without separators. */
    public static final int LENGTH = 11;

    /** The number of random characters between the prefix and the check character. */
    public static final int BODY_LENGTH = 8;

    private static final int MODULUS = ALPHABET.length();

    /** The inverse of the check character's weight, 11, modulo 29: 11 × 8 = 88 = 3 × 29 + 1. */
    private static final int INVERSE_OF_CHECK_WEIGHT = 8;

    /** Longer input is refused before it is read. */
    private static final int MAX_INPUT_LENGTH = 64;

    private final String compact;

    private Reference(String compact) {
        this.compact = compact;
    }

    /**
     * Builds a reference from its prefix and random characters, adding the check character.
     *
     * @param prefix two letters of the alphabet, for example {@code SE}
     * @param body eight characters of the alphabet
     * @return the reference
     * @throws IllegalArgumentException if the prefix is not two letters of the alphabet or the body
     *     not eight characters of it
     */
    public static Reference of(String prefix, String body) {
        requireNonNull(prefix, "prefix");
        requireNonNull(body, "body");
        checkPrefix(prefix);
        if (body.length() != BODY_LENGTH || !inAlphabet(body)) {
            throw new IllegalArgumentException(
                    "A reference's body is " + BODY_LENGTH + " characters of " + ALPHABET);
        }
        String payload = prefix + body;
        return new Reference(payload + ALPHABET.charAt(checkValue(payload)));
    }

    /**
     * Reads a reference typed by a person: lower case, spaces and dashes are accepted.
     *
     * @param text the text typed, for example {@code se 4kx7 p9m3 9}
     * @return the reference
     * @throws InvalidReferenceException if the text is not a reference, with the reason
     */
    public static Reference parse(CharSequence text) {
        requireNonNull(text, "text");
        if (text.length() > MAX_INPUT_LENGTH) {
            throw new InvalidReferenceException(
                    InvalidReferenceException.Reason.WRONG_LENGTH,
                    "A reference has "
                            + LENGTH
                            + " characters; the text has over "
                            + MAX_INPUT_LENGTH);
        }
        StringBuilder symbols = new StringBuilder(LENGTH);
        boolean foreign = false;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (isSeparator(c)) {
                continue;
            }
            char upper = c >= 'a' && c <= 'z' ? (char) (c - 'a' + 'A') : c;
            foreign |= ALPHABET.indexOf(upper) < 0;
            symbols.append(upper);
        }
        String compact = symbols.toString();
        if (compact.isEmpty()) {
            throw new InvalidReferenceException(
                    InvalidReferenceException.Reason.EMPTY, "The reference is empty");
        }
        if (foreign) {
            throw new InvalidReferenceException(
                    InvalidReferenceException.Reason.WRONG_CHARACTER,
                    "A reference only has characters of " + ALPHABET);
        }
        if (compact.length() != LENGTH) {
            throw new InvalidReferenceException(
                    InvalidReferenceException.Reason.WRONG_LENGTH,
                    "A reference has " + LENGTH + " characters: " + compact.length() + " given");
        }
        if (isDigit(compact.charAt(0)) || isDigit(compact.charAt(1))) {
            throw new InvalidReferenceException(
                    InvalidReferenceException.Reason.WRONG_START,
                    "A reference starts with two letters");
        }
        if (weightedSum(compact) % MODULUS != 0) {
            throw new InvalidReferenceException(
                    InvalidReferenceException.Reason.WRONG_CHECK_CHARACTER,
                    "The reference's check character does not match");
        }
        return new Reference(compact);
    }

    /**
     * Returns the prefix.
     *
     * @return the two letters at the start, for example {@code SE}
     */
    public String prefix() {
        return compact.substring(0, 2);
    }

    /**
     * Returns the random characters.
     *
     * @return the eight characters between the prefix and the check character
     */
    public String body() {
        return compact.substring(2, 2 + BODY_LENGTH);
    }

    /**
     * Returns the check character.
     *
     * @return the last character
     */
    public char checkCharacter() {
        return compact.charAt(LENGTH - 1);
    }

    /**
     * Returns the reference without separators, for storage and search.
     *
     * @return eleven characters, for example {@code SE4KX7P9M39}
     */
    public String compact() {
        return compact;
    }

    /**
     * Returns the reference as shown to a person, which {@link #parse(CharSequence)} reads back.
     *
     * @return for example {@code SE-4KX7-P9M3-9}
     */
    @Override
    public String toString() {
        return compact.substring(0, 2)
                + '-'
                + compact.substring(2, 6)
                + '-'
                + compact.substring(6, 10)
                + '-'
                + compact.charAt(10);
    }

    @Override
    public boolean equals(@Nullable Object other) {
        return other instanceof Reference && ((Reference) other).compact.equals(compact);
    }

    @Override
    public int hashCode() {
        return compact.hashCode();
    }

    static void checkPrefix(String prefix) {
        if (prefix.length() != 2
                || !inAlphabet(prefix)
                || isDigit(prefix.charAt(0))
                || isDigit(prefix.charAt(1))) {
            throw new IllegalArgumentException(
                    "A reference's prefix is two capital letters of "
                            + ALPHABET
                            + " (no I, L, O, Q or U)");
        }
    }

    private static int checkValue(String payload) {
        int rest = weightedSum(payload) % MODULUS;
        return (MODULUS - rest) % MODULUS * INVERSE_OF_CHECK_WEIGHT % MODULUS;
    }

    /** Sum of value × weight, weights 1, 2, 3… from the left. */
    private static int weightedSum(String symbols) {
        int sum = 0;
        for (int i = 0; i < symbols.length(); i++) {
            sum += (i + 1) * ALPHABET.indexOf(symbols.charAt(i));
        }
        return sum;
    }

    private static boolean inAlphabet(String text) {
        for (int i = 0; i < text.length(); i++) {
            if (ALPHABET.indexOf(text.charAt(i)) < 0) {
                return false;
            }
        }
        return true;
    }

    private static boolean isDigit(char c) {
        return c >= '0' && c <= '9';
    }

    /** Spaces of any kind and the dashes and hyphens a keyboard may produce. */
    private static boolean isSeparator(char c) {
        return Character.isWhitespace(c)
                || Character.isSpaceChar(c)
                || c == '-'
                || (c >= '\u2010' && c <= '\u2015')
                || c == '\u2212';
    }
}
