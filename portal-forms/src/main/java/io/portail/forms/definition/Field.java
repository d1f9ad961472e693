package io.portail.forms.definition;

import static java.util.Objects.requireNonNull;

import io.portail.privacy.category.DataCategory;
import io.portail.privacy.text.LocalizedText;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;

/**
 * A field of a form: what is asked, how it is checked, and which personal data it collects.
 *
 * <p>Immutable and thread-safe. Build one with {@link #builder(String, FieldType, LocalizedText,
 * DataCategory)}.
 *
 * @param id the stable identifier, used in answers and in violation paths
 * @param type what is entered and how it is checked
 * @param label the question or label a resident reads
 * @param hint a line of help under the label, or null
 * @param example an example of the expected answer, or null
 * @param name how messages name the field, a noun phrase such as "votre date de naissance" (for a
 *     yes-no question too: "la question sur votre domicile", not "si vous habitez la commune"); by
 *     default the label in quotes
 * @param required true if the field must be answered whenever it is shown
 * @param requiredWhen a condition that makes the field required, or null
 * @param shownWhen a condition for showing the field, or null to always show it
 * @param category the category of personal data the answer holds (GDPR art. 30(1)(c))
 * @param rendering what a renderer needs for an accessible page
 * @param exit an eligibility exit checked when the field is shown, or null
 */
public record Field(
        String id,
        FieldType type,
        LocalizedText label,
        @Nullable LocalizedText hint,
        @Nullable LocalizedText example,
        LocalizedText name,
        boolean required,
        @Nullable Condition requiredWhen,
        @Nullable Condition shownWhen,
        DataCategory category,
        Rendering rendering,
        @Nullable Exit exit) {
    private static final Pattern ID = Pattern.compile("[a-z][a-zA-Z0-9]*(-[a-zA-Z0-9]+)*");

    /**
     * Checks the field.
     *
     * @param id the stable identifier, a lower-case word or words joined by hyphens
     * @param type what is entered and how it is checked
     * @param label the question or label a resident reads
     * @param hint a line of help under the label, or null
     * @param example an example of the expected answer, or null
     * @param name how messages name the field
     * @param required true if the field must be answered whenever it is shown
     * @param requiredWhen a condition that makes the field required, or null
     * @param shownWhen a condition for showing the field, or null to always show it
     * @param category the category of personal data the answer holds
     * @param rendering what a renderer needs for an accessible page
     * @param exit an eligibility exit checked when the field is shown, or null
     * @throws IllegalArgumentException if the identifier is malformed, or a display-only field is
     *     required
     */
    public Field {
        requireNonNull(id, "id");
        requireNonNull(type, "type");
        requireNonNull(label, "label");
        requireNonNull(name, "name");
        requireNonNull(category, "category");
        requireNonNull(rendering, "rendering");
        if (!ID.matcher(id).matches() || id.length() > 64) {
            throw new IllegalArgumentException(
                    "A field id is a word or words joined by hyphens, such as birth-date");
        }
        if (type instanceof FieldType.Display && (required || requiredWhen != null)) {
            throw new IllegalArgumentException(
                    "Field " + id + " only displays a text: it cannot be required");
        }
    }

    /**
     * Creates a field with no eligibility exit.
     *
     * @param id the stable identifier
     * @param type what is entered and how it is checked
     * @param label the question or label a resident reads
     * @param hint a line of help under the label, or null
     * @param example an example of the expected answer, or null
     * @param name how messages name the field
     * @param required true if the field must be answered whenever it is shown
     * @param requiredWhen a condition that makes the field required, or null
     * @param shownWhen a condition for showing the field, or null to always show it
     * @param category the category of personal data the answer holds
     * @param rendering what a renderer needs for an accessible page
     * @throws IllegalArgumentException if the identifier is malformed
     */
    public Field(
            String id,
            FieldType type,
            LocalizedText label,
            @Nullable LocalizedText hint,
            @Nullable LocalizedText example,
            LocalizedText name,
            boolean required,
            @Nullable Condition requiredWhen,
            @Nullable Condition shownWhen,
            DataCategory category,
            Rendering rendering) {
        this(
                id,
                type,
                label,
                hint,
                example,
                name,
                required,
                requiredWhen,
                shownWhen,
                category,
                rendering,
                null);
    }

    /**
     * Starts a field with what every field needs.
     *
     * @param id the stable identifier
     * @param type what is entered and how it is checked
     * @param label the question or label a resident reads
     * @param category the category of personal data the answer holds
     * @return a builder
     */
    public static Builder builder(
            String id, FieldType type, LocalizedText label, DataCategory category) {
        return new Builder(id, type, label, category);
    }

    /** Builds a {@link Field}, one option at a time. Not thread-safe. */
    public static final class Builder {
        private final String id;
        private final FieldType type;
        private final LocalizedText label;
        private final DataCategory category;
        private @Nullable LocalizedText hint;
        private @Nullable LocalizedText example;
        private @Nullable LocalizedText name;
        private boolean required;
        private @Nullable Condition requiredWhen;
        private @Nullable Condition shownWhen;
        private @Nullable String autocomplete;
        private boolean autocompleteSet;
        private @Nullable Exit exit;

        private Builder(String id, FieldType type, LocalizedText label, DataCategory category) {
            this.id = requireNonNull(id, "id");
            this.type = requireNonNull(type, "type");
            this.label = requireNonNull(label, "label");
            this.category = requireNonNull(category, "category");
        }

        /**
         * Sets the hint.
         *
         * @param hint a line of help under the label
         * @return this builder
         */
        public Builder hint(LocalizedText hint) {
            this.hint = requireNonNull(hint, "hint");
            return this;
        }

        /**
         * Sets the example.
         *
         * @param example an example of the expected answer
         * @return this builder
         */
        public Builder example(LocalizedText example) {
            this.example = requireNonNull(example, "example");
            return this;
        }

        /**
         * Sets how messages name the field.
         *
         * @param name such as "votre date de naissance" and "your date of birth"
         * @return this builder
         */
        public Builder name(LocalizedText name) {
            this.name = requireNonNull(name, "name");
            return this;
        }

        /**
         * Makes the field required whenever it is shown.
         *
         * @return this builder
         */
        public Builder required() {
            this.required = true;
            return this;
        }

        /**
         * Makes the field required when the condition holds.
         *
         * @param condition the condition
         * @return this builder
         */
        public Builder requiredWhen(Condition condition) {
            this.requiredWhen = requireNonNull(condition, "condition");
            return this;
        }

        /**
         * Shows the field only when the condition holds.
         *
         * @param condition the condition
         * @return this builder
         */
        public Builder shownWhen(Condition condition) {
            this.shownWhen = requireNonNull(condition, "condition");
            return this;
        }

        /**
         * Sets the HTML autocomplete token instead of the type's default.
         *
         * @param token the token, or null for none
         * @return this builder
         */
        public Builder autocomplete(@Nullable String token) {
            this.autocomplete = token;
            this.autocompleteSet = true;
            return this;
        }

        /**
         * Ends the form early, with an explanation, when the condition holds and the field is
         * shown.
         *
         * @param when the condition, usually on this field's own answer
         * @param message why the resident cannot go on and what they can do
         * @return this builder
         */
        public Builder exitWhen(Condition when, LocalizedText message) {
            this.exit = new Exit(when, message);
            return this;
        }

        /**
         * Builds the field.
         *
         * @return the field
         * @throws IllegalArgumentException if the identifier is malformed
         */
        public Field build() {
            Rendering rendering = type.rendering();
            if (autocompleteSet) {
                rendering = rendering.withAutocomplete(autocomplete);
            }
            LocalizedText called =
                    name != null
                            ? name
                            : new LocalizedText(
                                    "« " + label.fr() + " »", "\u201c" + label.en() + "\u201d");
            return new Field(
                    id,
                    type,
                    label,
                    hint,
                    example,
                    called,
                    required,
                    requiredWhen,
                    shownWhen,
                    category,
                    rendering,
                    exit);
        }
    }
}
