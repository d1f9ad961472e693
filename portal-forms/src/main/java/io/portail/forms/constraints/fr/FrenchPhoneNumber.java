package io.portail.forms.constraints.fr;

import static java.util.Objects.requireNonNull;

/**
 * A phone number read by {@link FrenchPhoneRule}.
 *
 * <p>{@code toString} masks the number: it is personal data.
 *
 * <p>The region is libphonenumber's: the first numbering area of the country code whose plan
 * accepts the number. Guadeloupe, Saint-Barthélemy and Saint-Martin share +590, and
 * libphonenumber's metadata gives some fixed-line blocks (0590 27 to 29, 51, 52 and 87) to both
 * Saint-Barthélemy and Saint-Martin: for those the region reads {@code BL} even for a Saint-Martin
 * line. The E.164 form is exact in every case; do not route by region within +590.
 *
 * @param e164 the number in E.164 form, such as {@code +33685123456}
 * @param region the ISO 3166-1 code of the numbering area, such as {@code FR} or {@code GP}
 * @param type the kind of line
 */
public record FrenchPhoneNumber(String e164, String region, PhoneType type) {
    /**
     * Creates a phone number.
     *
     * @param e164 the number in E.164 form
     * @param region the ISO 3166-1 code of the numbering area
     * @param type the kind of line
     * @throws NullPointerException if an argument is null
     */
    public FrenchPhoneNumber {
        requireNonNull(e164, "e164");
        requireNonNull(region, "region");
        requireNonNull(type, "type");
    }

    @Override
    public String toString() {
        return "FrenchPhoneNumber[e164=***, region=" + region + ", type=" + type + "]";
    }
}
