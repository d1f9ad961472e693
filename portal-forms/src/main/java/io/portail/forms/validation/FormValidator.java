package io.portail.forms.validation;

import static java.util.Objects.requireNonNull;

import io.portail.forms.definition.Condition;
import io.portail.forms.definition.Exit;
import io.portail.forms.definition.Field;
import io.portail.forms.definition.FieldType;
import io.portail.forms.definition.FormDefinition;
import io.portail.forms.definition.Step;
import io.portail.forms.internal.definition.Ids;
import io.portail.forms.internal.definition.Positions;
import io.portail.privacy.text.LocalizedText;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.zone.ZoneOffsetTransition;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import org.jspecify.annotations.Nullable;

/**
 * Normalises and validates answers against one version of a form.
 *
 * <p>Every answer is normalised first (see {@link io.portail.forms.value.Text#normalise}), then
 * checked. Fields hidden by their conditions are not checked and their answers are dropped. A field
 * gets at most one violation, and violations come in reading order; a group gets at most one per
 * field of each occurrence, with paths such as {@code children[1].birth-date} (occurrences count
 * from 0, as in the JSON array). Answers to display-only fields are dropped.
 *
 * <p>An eligibility exit ({@link Exit}) of a shown step or field whose condition holds ends the
 * form: the result is {@link ValidationResult.Ineligible}, even if other answers have violations,
 * since the resident cannot go on anyway. Exits are read in reading order; the first wins. An exit
 * on a field of a group is checked for each occurrence, in order, its condition reading that
 * occurrence's fields first; the result names the field's path and the occurrence.
 *
 * <p>Dates are judged on the clock's day in its zone, read once per validation: date ranges, and
 * conditions with bounds relative to today such as {@code today-P3Y}. Immutable and thread-safe.
 */
public final class FormValidator {
    private final FormDefinition form;
    private final Clock clock;
    private final Scope top;

    /** The index of each step in the form, by id. */
    private final Positions stepPositions;

    /** The position of the first field of each step, by the step's index. */
    private final int[] firstPositions;

    private final Map<String, Scope> groups;
    private volatile @Nullable Day lastDay;

    private FormValidator(FormDefinition form, Clock clock) {
        this.form = form;
        this.clock = clock;
        List<Field> fields = new ArrayList<>();
        List<Step> holders = new ArrayList<>();
        Map<String, Scope> groupScopes = new HashMap<>();
        List<String> stepIdList = new ArrayList<>();
        int[] starts = new int[form.steps().size()];
        for (Step step : form.steps()) {
            starts[stepIdList.size()] = fields.size();
            stepIdList.add(step.id());
            for (Field field : step.fields()) {
                fields.add(field);
                holders.add(step);
                if (field.type() instanceof FieldType.Group) {
                    groupScopes.put(
                            field.id(), new Scope(((FieldType.Group) field.type()).fields(), null));
                }
            }
        }
        this.top = new Scope(fields, holders);
        this.stepPositions = Positions.of(stepIdList);
        this.firstPositions = starts;
        this.groups = Map.copyOf(groupScopes);
    }

    /**
     * The fields of one level of the form, the top or a group, each with its position: the state of
     * a validation is kept in arrays by position rather than in maps by id. At the top, the fields
     * of each step follow one another from the step's first position, in reading order.
     */
    private static final class Scope {
        final Field[] fields;
        final @Nullable Step[] steps;
        final Positions positions;

        Scope(List<Field> fields, @Nullable List<Step> steps) {
            this.fields = fields.toArray(new Field[0]);
            this.steps = steps == null ? null : steps.toArray(new Step[0]);
            this.positions = Positions.ofFields(this.fields);
        }

        int size() {
            return fields.length;
        }

        /** The position of a field of this scope, or -1. */
        int positionOf(String fieldId) {
            return positions.of(fieldId);
        }
    }

    /**
     * Returns a validator for a form; dates are judged on the clock's day in its zone.
     *
     * @param form the form definition
     * @param clock the clock, in the commune's zone
     * @return the validator
     */
    public static FormValidator of(FormDefinition form, Clock clock) {
        requireNonNull(form, "form");
        requireNonNull(clock, "clock");
        return new FormValidator(form, clock);
    }

    /**
     * Returns the form this validator checks against.
     *
     * @return the form definition
     */
    public FormDefinition form() {
        return form;
    }

    /**
     * Validates the answers to the whole form.
     *
     * @param answers the answers as sent
     * @return the normalised answers, the violations in reading order, or the eligibility exit
     * @throws IllegalArgumentException if an answer names a field the form does not have
     */
    public ValidationResult validate(Answers answers) {
        requireNonNull(answers, "answers");
        return validate(answers, 0, form.steps().size());
    }

    /**
     * Validates the answers to one step; conditions may still read answers to other steps.
     *
     * @param stepId the step id
     * @param answers the answers sent so far
     * @return the normalised answers of the step, its violations in reading order, or the
     *     eligibility exit of the step
     * @throws IllegalArgumentException if the step is unknown or an answer names a field the form
     *     does not have
     */
    public ValidationResult validateStep(String stepId, Answers answers) {
        requireNonNull(stepId, "stepId");
        requireNonNull(answers, "answers");
        int index = stepPositions.of(stepId);
        if (index < 0) {
            throw new IllegalArgumentException("The form has no step " + Ids.shown(stepId));
        }
        return validate(answers, index, index + 1);
    }

    /**
     * Today in the clock's zone, with the date rules made for that day.
     *
     * <p>The day is kept with the instants it spans, from its first instant in the zone (a day that
     * begins in a daylight-saving gap begins at the end of the gap) to the first instant of the
     * next day, or to the zone's next change of offset if that comes first: while the clock stays
     * within them, the zone's rules are not read again. Up to a change of offset the day of an
     * instant only moves forward; a change that turns the clocks back over midnight brings the day
     * before back (America/St_Johns, 25 October 1987: 00:01 became 23:01 on the 24th), and the day
     * is then read again.
     */
    private Day today() {
        Instant now = clock.instant();
        Day known = lastDay;
        if (known != null && known.contains(now)) {
            return known;
        }
        ZoneId zone = clock.getZone();
        LocalDate date = LocalDate.ofInstant(now, zone);
        Instant from = date.atStartOfDay(zone).toInstant();
        Instant to = date.plusDays(1).atStartOfDay(zone).toInstant();
        ZoneOffsetTransition change = zone.getRules().nextTransition(from);
        if (change != null && change.getInstant().isBefore(to)) {
            to = change.getInstant();
        }
        Day fresh = new Day(date, from, to);
        lastDay = fresh;
        return fresh;
    }

    /**
     * One day of the validator's clock, or the part of it before the zone changes its offset.
     *
     * @param date the day in the clock's zone
     * @param from its first instant, included
     * @param to the first instant of the next day or the instant of the zone's next change of
     *     offset, whichever comes first, excluded
     * @param rules the date rules of the day, made once for it
     */
    private record Day(LocalDate date, Instant from, Instant to, DateCheck.Today rules) {
        Day(LocalDate date, Instant from, Instant to) {
            this(date, from, to, DateCheck.Today.of(date));
        }

        boolean contains(Instant instant) {
            return !instant.isBefore(from) && instant.isBefore(to);
        }
    }

    /** Validates the answers to the steps from index {@code from} to {@code to}, excluded. */
    private ValidationResult validate(Answers answers, int from, int to) {
        // Each answer is put at its field's position, in one pass that refuses unknown fields,
        // unless the reader laid them out so already.
        RawAnswer[] raws = answers.byPositionIn(form);
        if (raws == null) {
            raws = byPosition(answers);
        }
        Day current = today();
        LocalDate today = current.date();
        // Every date check reads this one day, as conditions do: a validation that runs across
        // midnight judges every answer on the same day.
        DateCheck.Today day = current.rules();
        Checked[] checked = new Checked[top.size()];
        boolean anyGroup = false;
        for (int i = 0; i < top.size(); i++) {
            Field field = top.fields[i];
            RawAnswer raw = raws[i];
            if (raw == null || field.type() instanceof FieldType.Display) {
                continue;
            }
            if (field.type() instanceof FieldType.Group) {
                anyGroup = true;
            } else {
                checked[i] = FieldChecks.check(field, raw, day);
            }
        }
        Visibility visibility = new Visibility(top, checked, raws, null, today);
        Ending[] endings = new Ending[top.size()];
        for (int i = 0; anyGroup && i < top.size(); i++) {
            Field field = top.fields[i];
            if (field.type() instanceof FieldType.Group) {
                RawAnswer raw = raws[i];
                if (raw != null) {
                    checked[i] = checkGroup(field, raw, visibility, day, endings, i);
                }
            }
        }

        Ending ending = firstExit(from, to, visibility, endings);
        if (ending != null) {
            return new ValidationResult.Ineligible(
                    ending.exit().message(), ending.path(), ending.occurrence());
        }
        List<Violation> violations = new ArrayList<>();
        Collected collected = new Collected(top, violations);
        for (int s = from; s < to; s++) {
            int position = firstPositions[s];
            List<Field> fields = form.steps().get(s).fields();
            for (int f = 0; f < fields.size(); f++) {
                collect(fields.get(f), position++, null, 0, visibility, collected);
            }
        }
        return violations.isEmpty()
                ? new ValidationResult.Valid(collected.answers())
                : new ValidationResult.Invalid(violations);
    }

    /** What a validation keeps of one level of the form, the top or a group's occurrence. */
    private static final class Collected {
        final Scope scope;
        final @Nullable Answer[] answers;
        @Nullable Set<String> unanswered;
        final List<Violation> violations;

        Collected(Scope scope, List<Violation> violations) {
            this.scope = scope;
            this.answers = new Answer[scope.size()];
            this.violations = violations;
        }

        NormalisedAnswers answers() {
            return new NormalisedAnswers(
                    scope.positions,
                    answers,
                    // The set is this validation's own and never changes after.
                    unanswered == null ? Set.of() : Collections.unmodifiableSet(unanswered));
        }
    }

    /**
     * Puts the outcome of a shown field where it belongs: its answer, its violations, a violation
     * for a required field left empty, or its id among the fields left unanswered.
     *
     * @param group the group of the occurrence, or null at the top of the form
     * @param index the occurrence, from 0; its paths begin as {@code children[1].}
     */
    private static void collect(
            Field field,
            int position,
            @Nullable Field group,
            int index,
            Visibility visibility,
            Collected into) {
        if (field.type() instanceof FieldType.Display || !visibility.isShown(position)) {
            return;
        }
        Checked result = visibility.checked[position];
        if (result == null || result.isEmpty()) {
            if (visibility.isRequired(field)) {
                into.violations.add(FieldChecks.missing(field, prefix(group, index) + field.id()));
            } else {
                if (into.unanswered == null) {
                    into.unanswered = new HashSet<>();
                }
                into.unanswered.add(field.id());
            }
        } else if (!result.violations().isEmpty()) {
            into.violations.addAll(result.violations());
        } else if (result.answer() != null) {
            into.answers[position] = result.answer();
        }
    }

    /** Puts each answer at its field's position, refusing a field the form does not have. */
    private @Nullable RawAnswer[] byPosition(Answers answers) {
        @Nullable RawAnswer[] raws = new RawAnswer[top.size()];
        for (Map.Entry<String, RawAnswer> entry : answers.entries()) {
            int position = top.positionOf(entry.getKey());
            if (position < 0) {
                throw new IllegalArgumentException(
                        "The answers name a field the form does not have: "
                                + Ids.unknown(entry.getKey(), top.fields));
            }
            raws[position] = entry.getValue();
        }
        return raws;
    }

    /** An exit that holds, with the path of its field and the occurrence of its group. */
    private record Ending(Exit exit, @Nullable String path, @Nullable LocalizedText occurrence) {}

    private @Nullable Ending firstExit(int from, int to, Visibility visibility, Ending[] inGroups) {
        for (int s = from; s < to; s++) {
            Step step = form.steps().get(s);
            if (step.shownWhen() != null && !visibility.holds(step.shownWhen())) {
                continue;
            }
            if (step.exit() != null && visibility.holds(step.exit().when())) {
                return new Ending(step.exit(), null, null);
            }
            int position = firstPositions[s] - 1;
            List<Field> fields = step.fields();
            for (int f = 0; f < fields.size(); f++) {
                Field field = fields.get(f);
                position++;
                if (field.exit() != null
                        && visibility.isShown(position)
                        && visibility.holds(field.exit().when())) {
                    return new Ending(field.exit(), field.id(), null);
                }
                Ending inGroup = inGroups[position];
                if (inGroup != null && visibility.isShown(position)) {
                    return inGroup;
                }
            }
        }
        return null;
    }

    /** Names an occurrence as the summary does: the group's label and its number from 1. */
    private static LocalizedText occurrence(Field group, int index) {
        String number = Integer.toString(index + 1);
        return new LocalizedText(
                group.label().fr() + " " + number, group.label().en() + " " + number);
    }

    /**
     * Checks each occurrence of a group, its conditions reading its own fields first, and puts in
     * {@code endings}, at the group's position, the first exit of a field of the group that holds.
     */
    private Checked checkGroup(
            Field group,
            RawAnswer raw,
            Visibility parent,
            DateCheck.Today day,
            Ending[] endings,
            int position) {
        FieldType.Group type = (FieldType.Group) group.type();
        if (!(raw instanceof RawAnswer.Items)) {
            return Checked.fail(group, "wrong-shape");
        }
        List<RawAnswer> items = ((RawAnswer.Items) raw).items();
        if (items.isEmpty()) {
            // A minimum of one or more entries is a requirement of its own: an empty list of
            // children in a group with min 1 is as missing as no list at all.
            return type.min() > 0
                    ? new Checked(null, List.of(FieldChecks.missing(group, group.id())))
                    : Checked.EMPTY;
        }
        if (items.size() > type.max()) {
            return Checked.fail(
                    group, "group.too-many", Map.of("max", Integer.toString(type.max())));
        }
        if (items.size() < type.min()) {
            return Checked.fail(
                    group, "group.too-few", Map.of("min", Integer.toString(type.min())));
        }
        Scope own = groups.get(group.id());
        List<NormalisedAnswers> occurrences = new ArrayList<>(items.size());
        List<Violation> violations = new ArrayList<>();
        Ending ending = null;
        for (int i = 0; i < items.size(); i++) {
            if (!(items.get(i) instanceof RawAnswer.Group)) {
                return Checked.fail(group, "wrong-shape");
            }
            Map<String, RawAnswer> parts = ((RawAnswer.Group) items.get(i)).parts();
            Checked[] checked = new Checked[own.size()];
            for (var part : parts.entrySet()) {
                int at = own.positionOf(part.getKey());
                if (at < 0) {
                    throw new IllegalArgumentException(
                            "The answers name a field group "
                                    + group.id()
                                    + " does not have: "
                                    + Ids.unknown(part.getKey(), own.fields));
                }
                Field child = own.fields[at];
                if (!(child.type() instanceof FieldType.Display)) {
                    checked[at] =
                            prefixed(FieldChecks.check(child, part.getValue(), day), group, i);
                }
            }
            Visibility visibility = new Visibility(own, checked, null, parent, parent.today);
            Collected collected = new Collected(own, violations);
            for (int at = 0; at < own.size(); at++) {
                Field child = own.fields[at];
                collect(child, at, group, i, visibility, collected);
                if (ending == null
                        && child.exit() != null
                        && visibility.isShown(at)
                        && visibility.holds(child.exit().when())) {
                    ending =
                            new Ending(
                                    child.exit(),
                                    prefix(group, i) + child.id(),
                                    occurrence(group, i));
                }
            }
            occurrences.add(collected.answers());
        }
        if (ending != null) {
            endings[position] = ending;
        }
        if (!violations.isEmpty()) {
            return new Checked(null, violations);
        }
        int length = 0;
        for (NormalisedAnswers occurrence : occurrences) {
            length += 2;
            for (Answer answer : occurrence.held()) {
                if (answer != null) {
                    length += Canonical.length(answer.field().id(), answer.text());
                }
            }
        }
        StringBuilder canonical = new StringBuilder(length);
        for (NormalisedAnswers occurrence : occurrences) {
            canonical.append('[');
            for (Answer answer : occurrence.held()) {
                if (answer != null) {
                    Canonical.append(canonical, answer.field().id(), answer.text());
                }
            }
            canonical.append(']');
        }
        String count = Integer.toString(occurrences.size());
        return Checked.ok(
                group, List.copyOf(occurrences), canonical.toString(), LocalizedText.same(count));
    }

    /**
     * What comes before a field's id in a path: nothing at the top of the form, {@code
     * children[1].} in an occurrence of a group; built only for a path that is shown.
     */
    private static String prefix(@Nullable Field group, int index) {
        return group == null ? "" : group.id() + "[" + index + "].";
    }

    private static Checked prefixed(Checked result, Field group, int index) {
        if (result.violations().isEmpty()) {
            return result;
        }
        List<Violation> moved = new ArrayList<>();
        for (Violation v : result.violations()) {
            moved.add(new Violation(prefix(group, index) + v.path(), v.code(), v.message()));
        }
        return new Checked(null, moved);
    }

    /**
     * Works out which fields are shown and required, reading only shown, valid answers.
     *
     * <p>Within a group's occurrence, a field of the group is read from the occurrence and any
     * other from the form, through the parent.
     */
    private static final class Visibility {
        private static final byte UNKNOWN = 0;
        private static final byte HIDDEN = 1;
        private static final byte SHOWN = 2;

        private final Scope scope;
        private final Checked[] checked;
        private final @Nullable RawAnswer @Nullable [] raws;
        private final @Nullable Visibility parent;
        private final LocalDate today;
        private final byte[] shown;
        private final Function<String, @Nullable String> reader = this::value;

        Visibility(
                Scope scope,
                Checked[] checked,
                @Nullable RawAnswer[] raws,
                @Nullable Visibility parent,
                LocalDate today) {
            this.scope = scope;
            this.checked = checked;
            this.raws = raws;
            this.parent = parent;
            this.today = today;
            this.shown = new byte[scope.size()];
        }

        boolean holds(Condition condition) {
            return condition.test(reader, today);
        }

        boolean isShown(int position) {
            byte known = shown[position];
            if (known != UNKNOWN) {
                return known == SHOWN;
            }
            // Cycles are refused when the definition is built; as a last guard, a field is hidden
            // to the conditions read while its own are worked out.
            shown[position] = HIDDEN;
            Field field = scope.fields[position];
            Step step = scope.steps == null ? null : scope.steps[position];
            boolean result =
                    (step == null || step.shownWhen() == null || holds(step.shownWhen()))
                            && (field.shownWhen() == null || holds(field.shownWhen()));
            shown[position] = result ? SHOWN : HIDDEN;
            return result;
        }

        boolean isRequired(Field field) {
            return field.required()
                    || (field.requiredWhen() != null && holds(field.requiredWhen()));
        }

        @Nullable String value(String fieldId) {
            int position = scope.positionOf(fieldId);
            if (position < 0) {
                return parent == null ? null : parent.value(fieldId);
            }
            if (!isShown(position)) {
                return null;
            }
            if (scope.fields[position].type() instanceof FieldType.Group) {
                // A condition reads a group as the number of occurrences sent, before and whatever
                // their checks: a field of the group may read a field whose own condition reads
                // the group, and the group's outcome is not known while its occurrences are
                // checked. No occurrence reads as no answer.
                RawAnswer raw = raws == null ? null : raws[position];
                int count =
                        raw instanceof RawAnswer.Items ? ((RawAnswer.Items) raw).items().size() : 0;
                return count == 0 ? null : Integer.toString(count);
            }
            Checked result = checked[position];
            if (result == null || result.answer() == null) {
                return null;
            }
            return result.answer().text();
        }
    }
}
