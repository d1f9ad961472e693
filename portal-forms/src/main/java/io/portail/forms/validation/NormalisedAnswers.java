package io.portail.forms.validation;

import static java.util.Objects.requireNonNull;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * The checked answers of a form, in reading order: only the fields shown and answered, and the ids
 * of the fields shown but left unanswered.
 *
 * <p>Immutable. {@code toString} names the fields, never the answers.
 */
public final class NormalisedAnswers {
    private final Map<String, Answer> byField;
    private final Set<String> unanswered;

    /**
     * Wraps checked answers, with no record of the fields left unanswered.
     *
     * @param answers the answers, in reading order
     */
    public NormalisedAnswers(List<Answer> answers) {
        this(answers, Set.of());
    }

    /**
     * Wraps checked answers and the fields shown but left unanswered.
     *
     * @param answers the answers, in reading order
     * @param unanswered the ids of the fields shown to the resident and left unanswered (optional
     *     fields that take an answer; neither hidden nor display-only fields)
     */
    public NormalisedAnswers(List<Answer> answers, Set<String> unanswered) {
        requireNonNull(answers, "answers");
        Map<String, Answer> map = new LinkedHashMap<>(Math.max(16, 2 * answers.size()));
        for (Answer answer : answers) {
            map.put(answer.field().id(), answer);
        }
        this.byField = map;
        this.unanswered = Set.copyOf(requireNonNull(unanswered, "unanswered"));
    }

    /**
     * Tells whether a field was shown to the resident and left unanswered.
     *
     * <p>{@link FormValidator} records it for each optional field shown and not answered, at the
     * top of the form and in each occurrence of a group; {@link Summary} lists these fields.
     *
     * @param fieldId the field id
     * @return true if the field was shown and not answered; false if it was answered, hidden,
     *     display-only, or not recorded
     */
    public boolean isUnanswered(String fieldId) {
        return unanswered.contains(fieldId);
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
