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
 * occurrence, labelled with the group's label and the occurrence's number from 1. Unanswered and
 * hidden fields are left out. Immutable; {@code toString} shows no answer.
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
        List<Line> lines = new ArrayList<>();
        for (Step step : form.steps()) {
            for (Field field : step.fields()) {
                Optional<Answer> answer = answers.get(field.id());
                if (answer.isEmpty()) {
                    continue;
                }
                if (field.type() instanceof FieldType.Group) {
                    group(step, field, answer.get(), lines);
                } else {
                    lines.add(
                            new Line(step.id(), field.id(), field.label(), answer.get().display()));
                }
            }
        }
        return new Summary(lines);
    }

    private static void group(Step step, Field group, Answer answer, List<Line> lines) {
        List<?> occurrences = (List<?>) answer.value();
        for (int i = 0; i < occurrences.size(); i++) {
            NormalisedAnswers occurrence = (NormalisedAnswers) occurrences.get(i);
            for (Answer child : occurrence.all()) {
                LocalizedText label =
                        new LocalizedText(
                                group.label().fr()
                                        + " "
                                        + (i + 1)
                                        + "\u00a0: "
                                        + child.field().label().fr(),
                                group.label().en()
                                        + " "
                                        + (i + 1)
                                        + ": "
                                        + child.field().label().en());
                lines.add(
                        new Line(
                                step.id(),
                                group.id() + "[" + i + "]." + child.field().id(),
                                label,
                                child.display()));
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
