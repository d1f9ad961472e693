package io.portail.forms.validation;

import static java.util.Objects.requireNonNull;

import org.jspecify.annotations.Nullable;

/**
 * A checked postal address in France.
 *
 * <p>{@code toString} hides the address.
 *
 * @param number the number in the street, such as "12 bis", or null
 * @param street the street, such as "rue de l'Église"
 * @param complement a complement, such as "Bâtiment B", or null
 * @param postalCode the postal code, five digits kept as text
 * @param communeCode the INSEE code of the commune
 * @param communeName the name of the commune
 */
public record AddressAnswer(
        @Nullable String number,
        String street,
        @Nullable String complement,
        String postalCode,
        String communeCode,
        String communeName) {
    /**
     * Checks the address.
     *
     * @param number the number in the street, or null
     * @param street the street
     * @param complement a complement, or null
     * @param postalCode the postal code
     * @param communeCode the INSEE code of the commune
     * @param communeName the name of the commune
     */
    public AddressAnswer {
        requireNonNull(street, "street");
        requireNonNull(postalCode, "postalCode");
        requireNonNull(communeCode, "communeCode");
        requireNonNull(communeName, "communeName");
    }

    /**
     * Returns the address on lines, as on an envelope.
     *
     * @return the lines, joined by line breaks
     */
    public String lines() {
        return lines("\n");
    }

    /** The lines joined by a separator: a comma for the canonical text, ", " to read back. */
    String lines(String separator) {
        // One concatenation per shape, each sized once by the compiler's string concatenation.
        if (complement == null) {
            return number == null
                    ? street + separator + postalCode + ' ' + communeName
                    : number + ' ' + street + separator + postalCode + ' ' + communeName;
        }
        return number == null
                ? complement + separator + street + separator + postalCode + ' ' + communeName
                : complement
                        + separator
                        + number
                        + ' '
                        + street
                        + separator
                        + postalCode
                        + ' '
                        + communeName;
    }

    @Override
    public String toString() {
        return "AddressAnswer[***]";
    }
}
