package io.portail.forms.validation;

import static java.util.Objects.requireNonNull;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The checked answers of a form, in reading order: only the fields shown and answered.
 *
 * <p>Immutable. {@code toString} names the fields, never the answers.
 */
public final class NormalisedAnswers {
    private final Map<String, Answer> byField;

    /**
     * Wraps checked answers.
     *
     * @param answers the answers, in reading order
     */
    public NormalisedAnswers(List<Answer> answers) {
        requireNonNull(answers, "answers");
        Map<String, Answer> map = new LinkedHashMap<>(Math.max(16, 2 * answers.size()));
        for (Answer answer : answers) {
            map.put(answer.field().id(), answer);
        }
        this.byField = map;
    }

    /**
     * Returns the answer to a field.
     *
     * @param fieldId the field id
     * @return the answer, or empty if the field was hidden or not answered
     */
    public Optional<Answer> get(String fieldId) {
        return Optional.ofNullable(byField.get(fieldId));
    }

    /**
     * Returns the canonical text of an answer.
     *
     * @param fieldId the field id
     * @return the text, or empty if the field was hidden or not answered
     */
    public Optional<String> text(String fieldId) {
        return get(fieldId).map(Answer::text);
    }

    /**
     * Returns every answer, in reading order.
     *
     * @return the answers
     */
    public List<Answer> all() {
        return new ArrayList<>(byField.values());
    }

    @Override
    public String toString() {
        return "NormalisedAnswers" + byField.keySet();
    }
}
