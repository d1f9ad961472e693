package io.portail.privacy.category;

import static java.util.Objects.requireNonNull;

import io.portail.privacy.text.LocalizedText;

/**
 * A category of the taxonomy with the label residents read and its sensitivity.
 *
 * <p>Immutable and thread-safe.
 *
 * @param category the category
 * @param label what the category holds, in plain words
 * @param sensitivity how sensitive the category is
 */
public record CategoryDefinition(
        DataCategory category, LocalizedText label, Sensitivity sensitivity) {
    /**
     * Checks the definition.
     *
     * @param category the category
     * @param label what the category holds, in plain words
     * @param sensitivity how sensitive the category is
     */
    public CategoryDefinition {
        requireNonNull(category, "category");
        requireNonNull(label, "label");
        requireNonNull(sensitivity, "sensitivity");
    }
}
