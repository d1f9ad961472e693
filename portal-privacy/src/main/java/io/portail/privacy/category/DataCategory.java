package io.portail.privacy.category;

import static java.util.Objects.requireNonNull;

/**
 * A category of personal data, named by a dotted identifier such as {@code identity.name}.
 *
 * @param id the dotted identifier
 */
public record DataCategory(String id) {
    /**
     * Checks the identifier.
     *
     * @param id the dotted identifier
     * @throws IllegalArgumentException if the identifier is blank
     */
    public DataCategory {
        requireNonNull(id, "id");
        if (id.isBlank()) {
            throw new IllegalArgumentException("A data category needs an identifier");
        }
    }
}
