package io.portail.privacy.category;

import static java.util.Objects.requireNonNull;

import java.util.regex.Pattern;

/**
 * A category of personal data, named by a dotted identifier such as {@code identity.name}.
 *
 * <p>Categories form a taxonomy: {@code identity.name} lies within {@code identity}. Immutable and
 * thread-safe.
 *
 * @param id the dotted identifier, lower case words separated by dots
 */
public record DataCategory(String id) {
    private static final Pattern ID =
            Pattern.compile("[a-z][a-z0-9-]{0,39}(\\.[a-z][a-z0-9-]{0,39}){0,5}");

    /** Identity: names, sex, date and place of birth. */
    public static final DataCategory IDENTITY = new DataCategory("identity");

    /** Contact details: postal address, email, phone. */
    public static final DataCategory CONTACT = new DataCategory("contact");

    /** Civil status: the records of birth, marriage and death and what they hold. */
    public static final DataCategory CIVIL_STATUS = new DataCategory("civil-status");

    /** Family situation: parents, children, household. */
    public static final DataCategory FAMILY = new DataCategory("family");

    /**
     * Checks the identifier.
     *
     * @param id the dotted identifier, lower case words separated by dots
     * @throws IllegalArgumentException if the identifier is not dotted lower-case words
     */
    public DataCategory {
        requireNonNull(id, "id");
        if (!ID.matcher(id).matches()) {
            throw new IllegalArgumentException(
                    "A data category is dotted lower-case words, like identity.name");
        }
    }

    /**
     * Returns the category with this identifier.
     *
     * @param id the dotted identifier
     * @return the category
     * @throws IllegalArgumentException if the identifier is not dotted lower-case words
     */
    public static DataCategory of(String id) {
        return new DataCategory(id);
    }

    /**
     * Tells whether this category is the given one or lies below it in the taxonomy.
     *
     * @param other the possibly broader category
     * @return true if {@code identity.name} is asked about {@code identity}, for instance
     */
    public boolean isWithin(DataCategory other) {
        requireNonNull(other, "other");
        return id.equals(other.id) || id.startsWith(other.id + ".");
    }

    @Override
    public String toString() {
        return id;
    }
}
