package io.portail.forms.geo.fr;

import static java.util.Objects.requireNonNull;

import org.jspecify.annotations.Nullable;

/**
 * A French postal address as a resident gives it in a form.
 *
 * <p>{@code toString} masks every part: an address is personal data.
 *
 * @param number the number in the street, such as {@code 12 bis}, or null
 * @param street the name of the way, such as {@code rue de l'Église}
 * @param complement building, floor or locality, or null
 * @param postalCode the postal code, such as {@code 01400}
 * @param communeInseeCode the INSEE code of the commune chosen, such as {@code 01001}
 */
public record PostalAddress(
        @Nullable String number,
        String street,
        @Nullable String complement,
        String postalCode,
        String communeInseeCode) {
    /**
     * Creates an address.
     *
     * @param number the number in the street, or null
     * @param street the name of the way
     * @param complement building, floor or locality, or null
     * @param postalCode the postal code
     * @param communeInseeCode the INSEE code of the commune
     * @throws NullPointerException if {@code street}, {@code postalCode} or {@code
     *     communeInseeCode} is null
     */
    public PostalAddress {
        requireNonNull(street, "street");
        requireNonNull(postalCode, "postalCode");
        requireNonNull(communeInseeCode, "communeInseeCode");
    }

    @Override
    public String toString() {
        return "PostalAddress[***]";
    }
}
