package io.portail.forms.definition;

import static java.util.Objects.requireNonNull;

import io.portail.privacy.text.LocalizedText;

/**
 * One option of a choice field: a stable code and the label a resident reads.
 *
 * @param code the stable code stored in the answers
 * @param label the label a resident reads
 */
public record Option(String code, LocalizedText label) {
    /**
     * Checks the option.
     *
     * @param code the stable code stored in the answers
     * @param label the label a resident reads
     * @throws IllegalArgumentException if the code is blank
     */
    public Option {
        requireNonNull(code, "code");
        requireNonNull(label, "label");
        if (code.isBlank()) {
            throw new IllegalArgumentException("An option needs a code");
        }
    }
}
