package io.portail.forms.geo.fr;

import static java.util.Objects.requireNonNull;

/**
 * A department or overseas collectivity of the official geography.
 *
 * @param code the code, such as {@code 01}, {@code 2A} or {@code 974}
 * @param name the name, such as {@code Ain}
 * @param regionCode the code of its region (or of the collectivity itself)
 * @param zone metropolitan, overseas department or overseas collectivity
 */
public record Department(String code, String name, String regionCode, Zone zone) {
    /**
     * Creates a department.
     *
     * @param code the code
     * @param name the name
     * @param regionCode the code of its region
     * @param zone its zone
     * @throws NullPointerException if an argument is null
     */
    public Department {
        requireNonNull(code, "code");
        requireNonNull(name, "name");
        requireNonNull(regionCode, "regionCode");
        requireNonNull(zone, "zone");
    }
}
