package io.portail.privacy.category;

import static java.util.Objects.requireNonNull;

import java.util.Optional;
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

    /** Names of a person. */
    public static final DataCategory NAME = new DataCategory("identity.name");

    /** Postal address. */
    public static final DataCategory ADDRESS = new DataCategory("contact.address");

    /** Email address. */
    public static final DataCategory EMAIL = new DataCategory("contact.email");

    /** Phone number. */
    public static final DataCategory PHONE = new DataCategory("contact.phone");

    /** Information about a child: who the child is, schooling. */
    public static final DataCategory MINORS = new DataCategory("minors");

    /** The NIR, social security number; its use has its own regime (décret 2019-341). */
    public static final DataCategory NIR = new DataCategory("nir");

    /** Financial data: bank details, income, payments. */
    public static final DataCategory FINANCIAL = new DataCategory("financial");

    /** Bank account number. */
    public static final DataCategory IBAN = new DataCategory("financial.iban");

    /** Quotient familial, the family allowance office's measure of a household's means. */
    public static final DataCategory QUOTIENT_FAMILIAL =
            new DataCategory("financial.quotient-familial");

    /** Household income. */
    public static final DataCategory INCOME = new DataCategory("financial.income");

    /** Health, a special category (GDPR art. 9(1)). */
    public static final DataCategory HEALTH = new DataCategory("health");

    /** Allergies and medical diets, a special category as health data (GDPR art. 4(15)). */
    public static final DataCategory ALLERGIES = new DataCategory("health.allergies");

    /** Location: an address or position tied to a request or report. */
    public static final DataCategory LOCATION = new DataCategory("location");

    /** Connection logs: IP address, date and time of access. */
    public static final DataCategory CONNECTION_LOGS = new DataCategory("connection-logs");

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

    /**
     * Returns the broader category this one lies within, if any.
     *
     * @return {@code identity} for {@code identity.name}; empty for a top-level category
     */
    public Optional<DataCategory> parent() {
        int dot = id.lastIndexOf('.');
        return dot < 0 ? Optional.empty() : Optional.of(new DataCategory(id.substring(0, dot)));
    }

    @Override
    public String toString() {
        return id;
    }
}
