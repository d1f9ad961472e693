package io.portail.forms.definition;

import static java.util.Objects.requireNonNull;

import org.jspecify.annotations.Nullable;

/**
 * What a renderer needs to draw an accessible field on a phone.
 *
 * @param autocomplete the HTML autocomplete token (WHATWG HTML, "Autofill"), such as {@code bday}
 *     or {@code tel}, or null for none
 * @param inputMode the HTML inputmode, such as {@code numeric}, {@code tel} or {@code email}
 * @param grouped true when the field is several inputs or options drawn as a fieldset with a legend
 *     (WCAG 2.1, technique H71), as for dates, addresses and choices
 */
public record Rendering(@Nullable String autocomplete, String inputMode, boolean grouped) {
    /**
     * Checks the rendering.
     *
     * @param autocomplete the HTML autocomplete token, or null for none
     * @param inputMode the HTML inputmode
     * @param grouped true when drawn as a fieldset with a legend
     */
    public Rendering {
        requireNonNull(inputMode, "inputMode");
    }

    /**
     * Returns a copy with another autocomplete token.
     *
     * @param token the token, or null for none
     * @return the copy
     */
    public Rendering withAutocomplete(@Nullable String token) {
        return new Rendering(token, inputMode, grouped);
    }
}
