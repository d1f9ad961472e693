package io.portail.forms.definition;

import static java.util.Objects.requireNonNull;

import io.portail.privacy.text.LocalizedText;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * A page of a form, on one topic.
 *
 * @param id the stable identifier
 * @param title the title a resident reads
 * @param fields the fields, in reading order
 * @param shownWhen a condition for showing the step, or null to always show it
 * @param exit an eligibility exit checked when the step is shown, or null
 */
public record Step(
        String id,
        LocalizedText title,
        List<Field> fields,
        @Nullable Condition shownWhen,
        @Nullable Exit exit) {
    /**
     * Checks the step.
     *
     * @param id the stable identifier
     * @param title the title a resident reads
     * @param fields the fields, in reading order
     * @param shownWhen a condition for showing the step, or null to always show it
     * @param exit an eligibility exit checked when the step is shown, or null
     * @throws IllegalArgumentException if the step has no field
     */
    public Step {
        requireNonNull(id, "id");
        requireNonNull(title, "title");
        fields = List.copyOf(requireNonNull(fields, "fields"));
        if (fields.isEmpty()) {
            throw new IllegalArgumentException("A step needs at least one field: " + id);
        }
    }

    /**
     * Creates a step with no eligibility exit.
     *
     * @param id the stable identifier
     * @param title the title a resident reads
     * @param fields the fields, in reading order
     * @param shownWhen a condition for showing the step, or null to always show it
     * @throws IllegalArgumentException if the step has no field
     */
    public Step(String id, LocalizedText title, List<Field> fields, @Nullable Condition shownWhen) {
        this(id, title, fields, shownWhen, null);
    }
}
