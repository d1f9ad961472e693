package io.portail.forms.validation;

import static java.util.Objects.requireNonNull;

import io.portail.forms.definition.Field;
import io.portail.privacy.text.LocalizedText;

/**
 * A checked, normalised answer to one field.
 *
 * <p>{@code toString} names the field only: answers hold personal data.
 *
 * @param field the field answered
 * @param value the normalised value: a {@code String}, {@code java.time.LocalDate}, {@code Boolean}
 *     or {@link AddressAnswer}, by field type
 * @param text the canonical text of the value, as conditions read it; for a group or attachments,
 *     an unambiguous text of every part (conditions read a group as its number of occurrences)
 * @param display the value as a resident reads it back, in French and English
 */
public record Answer(Field field, Object value, String text, LocalizedText display) {
    /**
     * Checks the answer.
     *
     * @param field the field answered
     * @param value the normalised value
     * @param text the canonical text of the value
     * @param display the value as a resident reads it back
     */
    public Answer {
        requireNonNull(field, "field");
        requireNonNull(value, "value");
        requireNonNull(text, "text");
        requireNonNull(display, "display");
    }

    @Override
    public String toString() {
        return "Answer[" + field.id() + "]";
    }
}
