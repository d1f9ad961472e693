package io.portail.core.canteen;

import static java.util.Objects.requireNonNull;

/**
 * The identifier a commune gives a child in its canteen records: an opaque code, never a name.
 * Immutable and thread-safe.
 *
 * @param value the code: 1 to 40 letters, digits or hyphens
 */
public record ChildId(String value) {
    /**
     * Checks the code.
     *
     * @param value the code
     * @throws IllegalArgumentException if it is not 1 to 40 letters, digits or hyphens
     */
    public ChildId {
        requireNonNull(value, "value");
        if (!value.matches("[A-Za-z0-9-]{1,40}")) {
            throw new IllegalArgumentException(
                    "A child's identifier is 1 to 40 letters, digits or hyphens");
        }
    }

    /**
     * Returns the identifier with this code.
     *
     * @param value the code
     * @return the identifier
     * @throws IllegalArgumentException if it is not 1 to 40 letters, digits or hyphens
     */
    public static ChildId of(String value) {
        return new ChildId(value);
    }

    @Override
    public String toString() {
        return value;
    }
}
