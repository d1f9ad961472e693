package io.portail.privacy.subject;

import static java.util.Objects.requireNonNull;

import java.util.regex.Pattern;

/**
 * An opaque reference to a data subject: the host's identifier for a person, never a name, an email
 * or any value that identifies them by itself.
 *
 * <p>The reference holds 1 to 64 characters among ASCII letters, digits and {@code . _ : -}, so
 * that it fits in logs and ledgers without escaping; a UUID or a database key fits. Immutable and
 * thread-safe.
 *
 * @param value the reference
 */
public record SubjectRef(String value) {
    private static final Pattern VALUE = Pattern.compile("[A-Za-z0-9._:-]{1,64}");

    /**
     * Checks the reference.
     *
     * @param value the reference
     * @throws IllegalArgumentException if it is empty, longer than 64 characters, or holds a
     *     character other than ASCII letters, digits and {@code . _ : -} (an email, for instance)
     */
    public SubjectRef {
        requireNonNull(value, "value");
        if (!VALUE.matcher(value).matches()) {
            throw new IllegalArgumentException(
                    "A subject reference is an opaque id of 1 to 64 letters, digits or . _ : -");
        }
    }

    /**
     * Returns the reference with this value.
     *
     * @param value the reference
     * @return the reference
     * @throws IllegalArgumentException if the value is not an opaque id
     */
    public static SubjectRef of(String value) {
        return new SubjectRef(value);
    }

    @Override
    public String toString() {
        return value;
    }
}
