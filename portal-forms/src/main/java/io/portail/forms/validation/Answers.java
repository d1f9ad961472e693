package io.portail.forms.validation;

import static java.util.Objects.requireNonNull;

import io.portail.forms.definition.Field;
import io.portail.forms.definition.FormDefinition;
import io.portail.forms.internal.definition.Positions;
import io.portail.forms.internal.validation.AnswersAccess;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/**
 * The answers a resident sent for a form, by field id, before any check.
 *
 * <p>Immutable. {@code toString} never shows the answers, nor keys that no form has checked.
 */
public final class Answers {
    static {
        // The answers reader (package json) lays out what it reads by the form's positions.
        AnswersAccess.register(Answers::new);
    }

    /** The answers by field id, or null when they are laid out by the positions of a form. */
    private final @Nullable Map<String, RawAnswer> byField;

    /** The form whose top-level fields, in reading order, give the positions; or null. */
    private final @Nullable FormDefinition form;

    private final Field[] fields;
    private final @Nullable Positions positions;
    private final @Nullable RawAnswer[] byPosition;

    private Answers(Map<String, RawAnswer> byField) {
        this.byField = byField;
        this.form = null;
        this.fields = new Field[0];
        this.positions = null;
        this.byPosition = new RawAnswer[0];
    }

    /**
     * Answers laid out by position, as the reader makes them: the answer to {@code fields[i]} at
     * {@code byPosition[i]}, null when not sent. {@code fields} and {@code positions} are shared
     * with the reader and never written; {@code byPosition} is copied.
     */
    private Answers(
            FormDefinition form,
            Field[] fields,
            Positions positions,
            @Nullable RawAnswer[] byPosition) {
        this.byField = null;
        this.form = form;
        this.fields = fields;
        this.positions = positions;
        // A copy: whoever made the array cannot change the answers afterwards.
        this.byPosition = byPosition.clone();
    }

    /**
     * Wraps raw answers by field id, keeping their order.
     *
     * @param byField the answers by field id
     * @return the answers
     */
    public static Answers of(Map<String, RawAnswer> byField) {
        requireNonNull(byField, "byField");
        return new Answers(Collections.unmodifiableMap(new LinkedHashMap<>(byField)));
    }

    /**
     * Wraps text answers by field id, as an HTML form posts them.
     *
     * @param byField the texts by field id
     * @return the answers
     */
    public static Answers ofText(Map<String, String> byField) {
        requireNonNull(byField, "byField");
        Map<String, RawAnswer> raw = new LinkedHashMap<>();
        byField.forEach((k, v) -> raw.put(k, new RawAnswer.Text(v)));
        return new Answers(Collections.unmodifiableMap(raw));
    }

    /**
     * Returns a builder of answers, for an adapter that reads them from its own input.
     *
     * @return an empty builder
     */
    public static Builder builder() {
        return new Builder();
    }

    /**
     * Collects raw answers by field id, in the order they are put; not thread-safe.
     *
     * <p>{@link #build()} shares what was collected instead of copying it; a builder used again
     * afterwards starts from a copy, so an {@code Answers} built never changes.
     */
    public static final class Builder {
        private Map<String, RawAnswer> byField = new LinkedHashMap<>(64);
        private boolean shared;

        private Builder() {}

        /**
         * Sets the answer to a field, replacing any answer put before.
         *
         * @param fieldId the field id
         * @param answer the answer as sent
         * @return this builder
         * @throws NullPointerException if an argument is null
         */
        public Builder put(String fieldId, RawAnswer answer) {
            requireNonNull(fieldId, "fieldId");
            requireNonNull(answer, "answer");
            if (shared) {
                byField = new LinkedHashMap<>(byField);
                shared = false;
            }
            byField.put(fieldId, answer);
            return this;
        }

        /**
         * Returns the answers put so far.
         *
         * @return the answers
         */
        public Answers build() {
            shared = true;
            return new Answers(Collections.unmodifiableMap(byField));
        }
    }

    /**
     * Returns the answer to a field.
     *
     * @param fieldId the field id
     * @return the answer, or empty if none was sent
     * @throws NullPointerException if {@code fieldId} is null
     */
    public Optional<RawAnswer> get(String fieldId) {
        requireNonNull(fieldId, "fieldId");
        return Optional.ofNullable(raw(fieldId));
    }

    /** The answer to a field, or null: {@link #get(String)} without its wrapper. */
    @Nullable RawAnswer raw(String fieldId) {
        if (byField != null) {
            return byField.get(fieldId);
        }
        int at = requireNonNull(positions).of(fieldId);
        return at < 0 ? null : byPosition[at];
    }

    /**
     * The answers by the positions of the top-level fields of {@code definition}, in reading order,
     * if they were laid out so; null otherwise. The array is the answers' own: read it, never write
     * it.
     */
    @Nullable RawAnswer @Nullable [] byPositionIn(FormDefinition definition) {
        return form == definition ? byPosition : null;
    }

    /** Every answer with its field id, in the order put. */
    Set<Map.Entry<String, RawAnswer>> entries() {
        return byId().entrySet();
    }

    /**
     * Returns the ids of the fields answered: in the order they were put, or, for answers read by
     * {@link io.portail.forms.json.AnswersReader}, in the form's reading order.
     *
     * @return the field ids
     */
    public Set<String> fieldIds() {
        return byId().keySet();
    }

    /** The answers by field id: the map they were put in, or one made from their positions. */
    private Map<String, RawAnswer> byId() {
        if (byField != null) {
            return byField;
        }
        Map<String, RawAnswer> all = new LinkedHashMap<>();
        for (int i = 0; i < fields.length; i++) {
            RawAnswer answer = byPosition[i];
            if (answer != null) {
                all.put(fields[i].id(), answer);
            }
        }
        return Collections.unmodifiableMap(all);
    }

    /**
     * Names the fields answered when they are a form's own, read against it by an answers reader;
     * answers built from a map give their number only, since nothing has yet checked that their
     * keys are field ids and not what a resident typed (a map keyed by a child's name, say).
     *
     * @return {@code Answers[kind, address]} or {@code Answers[2 answers]}
     */
    @Override
    public String toString() {
        if (form != null) {
            return "Answers" + fieldIds();
        }
        int count = fieldIds().size();
        return "Answers[" + count + (count == 1 ? " answer]" : " answers]");
    }
}
