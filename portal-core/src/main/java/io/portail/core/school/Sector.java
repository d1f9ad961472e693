package io.portail.core.school;

import static java.util.Objects.requireNonNull;

/**
 * A school sector (secteur scolaire): the school that children living in an area attend. Immutable
 * and thread-safe.
 *
 * @param id a stable identifier chosen by the commune, for example {@code ecole-des-tilleuls}
 * @param school the school's name, for example {@code École des Tilleuls}
 */
public record Sector(String id, String school) {
    /**
     * Checks the parts.
     *
     * @param id a stable identifier
     * @param school the school's name
     * @throws IllegalArgumentException if either is blank
     */
    public Sector {
        requireNonNull(id, "id");
        requireNonNull(school, "school");
        if (id.isBlank() || school.isBlank()) {
            throw new IllegalArgumentException("A sector needs an identifier and a school name");
        }
    }
}
