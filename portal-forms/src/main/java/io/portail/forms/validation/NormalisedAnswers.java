package io.portail.forms.validation;

import static java.util.Objects.requireNonNull;

import io.portail.forms.internal.definition.Positions;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/**
 * The checked answers of a form, in reading order: only the fields shown and answered, and the ids
 * of the fields shown but left unanswered.
 *
 * <p>Immutable. {@code toString} names the fields, never the answers.
 */
public final class NormalisedAnswers {
    private final Positions positions;
    private final @Nullable Answer[] byPosition;
    private final Set<String> unanswered;

    /**
     * Wraps checked answers, with no record of the fields left unanswered.
     *
     * @param answers the answers, in reading order
     * @throws NullPointerException if {@code answers} or one of them is null
     * @throws IllegalArgumentException if two answers are to the same field
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
     * @throws NullPointerException if an argument, an answer or an id is null
     * @throws IllegalArgumentException if two answers are to the same field
     */
    public NormalisedAnswers(List<Answer> answers, Set<String> unanswered) {
        requireNonNull(answers, "answers");
        Set<String> seen = new HashSet<>();
        List<String> ids = new ArrayList<>(answers.size());
        Answer[] held = new Answer[answers.size()];
        for (Answer answer : answers) {
            requireNonNull(answer, "answer");
            if (!seen.add(answer.field().id())) {
                throw new IllegalArgumentException(
                        "Two answers to the field " + answer.field().id());
            }
            held[ids.size()] = answer;
            ids.add(answer.field().id());
        }
        this.positions = Positions.of(ids);
        this.byPosition = held;
        this.unanswered = Set.copyOf(requireNonNull(unanswered, "unanswered"));
    }

    /**
     * Wraps answers already placed by the validator: each at its field's position in the form,
     * positions in reading order, shared by every validation of the form.
     */
    NormalisedAnswers(Positions positions, @Nullable Answer[] byPosition, Set<String> unanswered) {
        this.positions = positions;
        this.byPosition = byPosition;
        this.unanswered = unanswered;
    }

    /**
     * The answers by position, null where none; the array is these answers' own: never write it.
     */
    @Nullable Answer[] held() {
        return byPosition;
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
     * @throws NullPointerException if {@code fieldId} is null
     */
    public boolean isUnanswered(String fieldId) {
        requireNonNull(fieldId, "fieldId");
        return unanswered.contains(fieldId);
    }

    /**
     * Returns the answer to a field.
     *
     * @param fieldId the field id
     * @return the answer, or empty if the field was hidden or not answered
     * @throws NullPointerException if {@code fieldId} is null
     */
    public Optional<Answer> get(String fieldId) {
        requireNonNull(fieldId, "fieldId");
        int at = positions.of(fieldId);
        return at < 0 ? Optional.empty() : Optional.ofNullable(byPosition[at]);
    }

    /**
     * Returns the canonical text of an answer.
     *
     * @param fieldId the field id
     * @return the text, or empty if the field was hidden or not answered
     * @throws NullPointerException if {@code fieldId} is null
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
        List<Answer> all = new ArrayList<>(byPosition.length);
        for (Answer answer : byPosition) {
            if (answer != null) {
                all.add(answer);
            }
        }
        return all;
    }

    @Override
    public String toString() {
        StringBuilder out = new StringBuilder("NormalisedAnswers[");
        boolean first = true;
        for (Answer answer : byPosition) {
            if (answer != null) {
                out.append(first ? "" : ", ").append(answer.field().id());
                first = false;
            }
        }
        return out.append(']').toString();
    }
}
