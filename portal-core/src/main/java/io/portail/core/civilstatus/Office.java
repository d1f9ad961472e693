package io.portail.core.civilstatus;

import static java.util.Objects.requireNonNull;

import io.portail.privacy.text.LocalizedText;

/**
 * The office that delivers a civil-status document. Immutable and thread-safe.
 *
 * @param id a stable identifier: {@code commune:} and the INSEE code, or {@code scec}
 * @param name the office's name as a resident reads it
 */
public record Office(String id, LocalizedText name) {
    /**
     * Checks that both parts are present.
     *
     * @param id a stable identifier
     * @param name the office's name
     * @throws IllegalArgumentException if the identifier is blank
     */
    public Office {
        requireNonNull(id, "id");
        requireNonNull(name, "name");
        if (id.isBlank()) {
            throw new IllegalArgumentException("An office needs an identifier");
        }
    }
}
