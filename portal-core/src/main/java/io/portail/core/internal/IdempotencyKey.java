package io.portail.core.internal;

import static java.util.Objects.requireNonNull;

/**
 * The rule of an idempotency key, the same for {@code Portal.submit} (through {@code Submission})
 * and {@code Portal.submitDraft}: 8 to 128 characters (UTF-16 units), not all of them white space.
 *
 * <p>A key of white space alone is refused: it names no intent, and every host sending a blank key
 * would share it with the others (case F13).
 */
public final class IdempotencyKey {
    /** Fewest characters of a key. */
    public static final int SHORTEST = 8;

    /** Most characters of a key. */
    public static final int LONGEST = 128;

    private IdempotencyKey() {}

    /**
     * Checks a key.
     *
     * @param key the key given
     * @return the key
     * @throws NullPointerException if the key is null
     * @throws IllegalArgumentException if it is shorter than 8 or longer than 128 characters, or
     *     only white space
     */
    public static String check(String key) {
        requireNonNull(key, "idempotencyKey");
        // The message gives the length only: a key is the host's, but may have been built from
        // what a resident typed.
        if (key.length() < SHORTEST || key.length() > LONGEST) {
            throw new IllegalArgumentException(
                    "An idempotency key has 8 to 128 characters: " + key.length() + " given");
        }
        if (key.codePoints().allMatch(IdempotencyKey::isSpace)) {
            throw new IllegalArgumentException(
                    "An idempotency key has characters other than white space");
        }
        return key;
    }

    private static boolean isSpace(int c) {
        // isSpaceChar adds the no-break spaces that isWhitespace leaves out.
        return Character.isWhitespace(c) || Character.isSpaceChar(c);
    }
}
