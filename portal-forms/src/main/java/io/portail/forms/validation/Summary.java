package io.portail.forms.validation;

import static java.util.Objects.requireNonNull;

import io.portail.forms.definition.Field;
import io.portail.forms.definition.FieldType;
import io.portail.forms.definition.FormDefinition;
import io.portail.forms.definition.Step;
import io.portail.privacy.text.LocalizedText;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * The "check your answers" page: each answer in reading order, as a resident reads it back, with
 * the step to go back to for a change.
 *
 * <p>Values are shown as in {@link Answer#display()}: dates as dd/mm/yyyy, choices by their label,
 * yes/no as Oui/Non (Yes/No), amounts as « 12,50 € » (€12.50). A group shows each field of each
 * occurrence, labelled with the group's label and the occurrence's number from 1.
 *
 * <p>An optional field that was shown and left unanswered is listed too, in its place, with the
 * value « Pas de réponse » ("No answer"), so that the resident can see what they skipped and go
 * back to it; this holds in each occurrence of a group, and for an optional group with no entry.
 * Hidden fields (their conditions do not hold) and display-only texts are left out. Which fields
 * were left unanswered is recorded by {@link FormValidator} in the {@link NormalisedAnswers} it
 * returns: answers built by hand record none. Immutable; {@code toString} shows no answer.
 */
public final class Summary {
    private final List<Line> lines;

    private Summary(List<Line> lines) {
        this.lines = List.copyOf(lines);
    }

    /**
     * One answer on the summary.
     *
     * @param stepId the step to go back to for a change
     * @param path the field's path, such as {@code children[1].birth-date}
     * @param label the field's label, with the group and occurrence for a group's field
     * @param value the value as the resident reads it back
     */
    public record Line(String stepId, String path, LocalizedText label, LocalizedText value) {
        /**
         * Checks the line.
         *
         * @param stepId the step to go back to
         * @param path the field's path
         * @param label the field's label
         * @param value the value as read back
         */
        public Line {
            requireNonNull(stepId, "stepId");
            requireNonNull(path, "path");
            requireNonNull(label, "label");
            requireNonNull(value, "value");
        }

        @Override
        public String toString() {
            return "Line[" + stepId + ", " + path + "]";
        }
    }

    /**
     * Builds the summary of valid answers.
     *
     * @param form the form the answers were validated against
     * @param answers the normalised answers
     * @return the summary
     */
    public static Summary of(FormDefinition form, NormalisedAnswers answers) {
        requireNonNull(form, "form");
        requireNonNull(answers, "answers");
        LocalizedText none = FormMessages.text("summary.unanswered");
        List<Line> lines = new ArrayList<>();
        for (Step step : form.steps()) {
            for (Field field : step.fields()) {
                Optional<Answer> answer = answers.get(field.id());
                if (answer.isPresent() && field.type() instanceof FieldType.Group) {
                    group(step, field, answer.get(), none, lines);
                } else if (answer.isPresent()) {
                    lines.add(
                            new Line(step.id(), field.id(), field.label(), answer.get().display()));
                } else if (answers.isUnanswered(field.id())) {
                    lines.add(new Line(step.id(), field.id(), field.label(), none));
                }
            }
        }
        return new Summary(lines);
    }

    private static void group(
            Step step, Field group, Answer answer, LocalizedText none, List<Line> lines) {
        List<?> occurrences = (List<?>) answer.value();
        for (int i = 0; i < occurrences.size(); i++) {
            NormalisedAnswers occurrence = (NormalisedAnswers) occurrences.get(i);
            for (Field child : ((FieldType.Group) group.type()).fields()) {
                Optional<Answer> given = occurrence.get(child.id());
                if (given.isEmpty() && !occurrence.isUnanswered(child.id())) {
                    continue;
                }
                LocalizedText label =
                        new LocalizedText(
                                group.label().fr()
                                        + " "
                                        + (i + 1)
                                        + "\u00a0: "
                                        + child.label().fr(),
                                group.label().en() + " " + (i + 1) + ": " + child.label().en());
                lines.add(
                        new Line(
                                step.id(),
                                group.id() + "[" + i + "]." + child.id(),
                                label,
                                given.map(Answer::display).orElse(none)));
            }
        }
    }

    /**
     * Returns the lines, in reading order.
     *
     * @return the lines
     */
    public List<Line> lines() {
        return lines;
    }

    @Override
    public String toString() {
        return "Summary[" + lines.size() + " lines]";
    }
}
