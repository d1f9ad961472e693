package io.portail.forms.validation;

import static java.util.Objects.requireNonNull;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/**
 * The answers a resident sent for a form, by field id, before any check.
 *
 * <p>Immutable. {@code toString} names the fields answered, never the answers.
 */
public final class Answers {
    private final Map<String, RawAnswer> byField;

    private Answers(Map<String, RawAnswer> byField) {
        this.byField = byField;
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
     */
    public Optional<RawAnswer> get(String fieldId) {
        return Optional.ofNullable(byField.get(fieldId));
    }

    /** The answer to a field, or null: {@link #get(String)} without its wrapper. */
    @Nullable RawAnswer raw(String fieldId) {
        return byField.get(fieldId);
    }

    /** Every answer with its field id, in the order put. */
    Set<Map.Entry<String, RawAnswer>> entries() {
        return byField.entrySet();
    }

    /**
     * Returns the ids of the fields answered.
     *
     * @return the field ids
     */
    public Set<String> fieldIds() {
        return byField.keySet();
    }

    @Override
    public String toString() {
        return "Answers" + byField.keySet();
    }
}
