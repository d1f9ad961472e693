package io.portail.forms.validation;

import static java.util.Objects.requireNonNull;

import io.portail.forms.definition.Condition;
import io.portail.forms.definition.Exit;
import io.portail.forms.definition.Field;
import io.portail.forms.definition.FieldType;
import io.portail.forms.definition.FormDefinition;
import io.portail.forms.definition.Step;
import io.portail.privacy.text.LocalizedText;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
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
    private final List<Field> fields;
    private final Map<String, Field> byId;
    private final Map<String, Step> stepOf;
    private final Map<String, Step> steps;
    private final Map<String, Map<String, Field>> groups;

    private FormValidator(FormDefinition form, Clock clock) {
        this.form = form;
        this.clock = clock;
        this.fields = List.copyOf(form.fields());
        Map<String, Field> ids = new HashMap<>();
        Map<String, Step> holders = new HashMap<>();
        Map<String, Step> stepIds = new LinkedHashMap<>();
        Map<String, Map<String, Field>> groupFields = new HashMap<>();
        for (Step step : form.steps()) {
            stepIds.put(step.id(), step);
            for (Field field : step.fields()) {
                ids.put(field.id(), field);
                holders.put(field.id(), step);
                if (field.type() instanceof FieldType.Group) {
                    Map<String, Field> own = new HashMap<>();
                    ((FieldType.Group) field.type()).fields().forEach(f -> own.put(f.id(), f));
                    groupFields.put(field.id(), Map.copyOf(own));
                }
            }
        }
        this.byId = Map.copyOf(ids);
        this.stepOf = Map.copyOf(holders);
        this.steps = stepIds;
        this.groups = Map.copyOf(groupFields);
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
        return validate(answers, form.steps());
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
        Step step = steps.get(stepId);
        if (step == null) {
            throw new IllegalArgumentException("The form has no step " + cut(stepId));
        }
        return validate(answers, List.of(step));
    }

    /** A clock stopped at the start of the day, in the validator's zone. */
    private Clock dayOf(LocalDate today) {
        ZoneId zone = clock.getZone();
        return Clock.fixed(today.atStartOfDay(zone).toInstant(), zone);
    }

    /**
     * An id as messages may show it: a plain identifier as it is, anything else only by its length,
     * since a misused key may hold what a resident typed.
     */
    private static String cut(String id) {
        boolean plain = !id.isEmpty() && id.length() <= 64;
        for (int i = 0; plain && i < id.length(); i++) {
            char c = id.charAt(i);
            plain =
                    (c >= 'a' && c <= 'z')
                            || (c >= 'A' && c <= 'Z')
                            || (c >= '0' && c <= '9')
                            || c == '-'
                            || c == '_';
        }
        return plain ? id : "(an id of " + id.length() + " characters that is not a plain name)";
    }

    private ValidationResult validate(Answers answers, List<Step> scope) {
        for (String id : answers.fieldIds()) {
            if (!byId.containsKey(id)) {
                throw new IllegalArgumentException(
                        "The answers name a field the form does not have: " + cut(id));
            }
        }
        LocalDate today = LocalDate.now(clock);
        // Every date check reads this one day, as conditions do: a validation that runs across
        // midnight judges every answer on the same day.
        Clock day = dayOf(today);
        Map<String, Checked> checked = new HashMap<>(2 * fields.size());
        List<Field> groups = new ArrayList<>();
        for (Field field : fields) {
            RawAnswer raw = answers.get(field.id()).orElse(null);
            if (raw == null || field.type() instanceof FieldType.Display) {
                continue;
            }
            if (field.type() instanceof FieldType.Group) {
                groups.add(field);
            } else {
                checked.put(field.id(), FieldChecks.check(field, raw, day));
            }
        }
        Visibility top = new Visibility(byId, checked, null, today);
        Map<String, Ending> endings = new HashMap<>();
        for (Field group : groups) {
            RawAnswer raw = answers.get(group.id()).orElseThrow();
            checked.put(group.id(), checkGroup(group, raw, top, endings));
        }

        Ending ending = firstExit(scope, top, endings);
        if (ending != null) {
            return new ValidationResult.Ineligible(
                    ending.exit().message(), ending.path(), ending.occurrence());
        }
        List<Answer> valid = new ArrayList<>();
        Set<String> unanswered = new HashSet<>();
        List<Violation> violations = new ArrayList<>();
        for (Step step : scope) {
            for (Field field : step.fields()) {
                collect(field, field.id(), top, checked, valid, unanswered, violations);
            }
        }
        return violations.isEmpty()
                ? new ValidationResult.Valid(new NormalisedAnswers(valid, unanswered))
                : new ValidationResult.Invalid(violations);
    }

    private static void collect(
            Field field,
            String path,
            Visibility visibility,
            Map<String, Checked> checked,
            List<Answer> valid,
            Set<String> unanswered,
            List<Violation> violations) {
        if (field.type() instanceof FieldType.Display || !visibility.isShown(field)) {
            return;
        }
        Checked result = checked.get(field.id());
        if (result == null || result.isEmpty()) {
            if (visibility.isRequired(field)) {
                violations.add(FieldChecks.missing(field, path));
            } else {
                unanswered.add(field.id());
            }
        } else if (!result.violations().isEmpty()) {
            violations.addAll(result.violations());
        } else if (result.answer() != null) {
            valid.add(result.answer());
        }
    }

    /** An exit that holds, with the path of its field and the occurrence of its group. */
    private record Ending(Exit exit, @Nullable String path, @Nullable LocalizedText occurrence) {}

    private static @Nullable Ending firstExit(
            List<Step> scope, Visibility top, Map<String, Ending> inGroups) {
        for (Step step : scope) {
            if (step.shownWhen() != null && !top.holds(step.shownWhen())) {
                continue;
            }
            if (step.exit() != null && top.holds(step.exit().when())) {
                return new Ending(step.exit(), null, null);
            }
            for (Field field : step.fields()) {
                if (field.exit() != null && top.isShown(field) && top.holds(field.exit().when())) {
                    return new Ending(field.exit(), field.id(), null);
                }
                Ending inGroup = inGroups.get(field.id());
                if (inGroup != null && top.isShown(field)) {
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
     * {@code endings} the first exit of a field of the group that holds, by the group's id.
     */
    private Checked checkGroup(
            Field group, RawAnswer raw, Visibility top, Map<String, Ending> endings) {
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
        Map<String, Field> own = groups.get(group.id());
        Clock day = dayOf(top.today);
        List<NormalisedAnswers> occurrences = new ArrayList<>();
        List<Violation> violations = new ArrayList<>();
        Ending ending = null;
        for (int i = 0; i < items.size(); i++) {
            String prefix = group.id() + "[" + i + "].";
            if (!(items.get(i) instanceof RawAnswer.Group)) {
                return Checked.fail(group, "wrong-shape");
            }
            Map<String, RawAnswer> parts = ((RawAnswer.Group) items.get(i)).parts();
            Map<String, Checked> checked = new HashMap<>();
            for (var part : parts.entrySet()) {
                Field child = own.get(part.getKey());
                if (child == null) {
                    throw new IllegalArgumentException(
                            "The answers name a field group "
                                    + group.id()
                                    + " does not have: "
                                    + cut(part.getKey()));
                }
                if (!(child.type() instanceof FieldType.Display)) {
                    Checked result = FieldChecks.check(child, part.getValue(), day);
                    checked.put(child.id(), prefixed(result, group.id() + "[" + i + "]."));
                }
            }
            Visibility visibility = new Visibility(own, checked, top, top.today);
            List<Answer> valid = new ArrayList<>();
            Set<String> unanswered = new HashSet<>();
            for (Field child : type.fields()) {
                collect(
                        child,
                        prefix + child.id(),
                        visibility,
                        checked,
                        valid,
                        unanswered,
                        violations);
                if (ending == null
                        && child.exit() != null
                        && visibility.isShown(child)
                        && visibility.holds(child.exit().when())) {
                    ending = new Ending(child.exit(), prefix + child.id(), occurrence(group, i));
                }
            }
            occurrences.add(new NormalisedAnswers(valid, unanswered));
        }
        if (ending != null) {
            endings.put(group.id(), ending);
        }
        if (!violations.isEmpty()) {
            return new Checked(null, violations);
        }
        StringBuilder canonical = new StringBuilder();
        for (NormalisedAnswers occurrence : occurrences) {
            canonical.append('[');
            for (Answer answer : occurrence.all()) {
                Canonical.append(canonical, answer.field().id(), answer.text());
            }
            canonical.append(']');
        }
        String count = Integer.toString(occurrences.size());
        return Checked.ok(
                group, List.copyOf(occurrences), canonical.toString(), LocalizedText.same(count));
    }

    private static Checked prefixed(Checked result, String prefix) {
        if (result.violations().isEmpty()) {
            return result;
        }
        List<Violation> moved = new ArrayList<>();
        for (Violation v : result.violations()) {
            moved.add(new Violation(prefix + v.path(), v.code(), v.message()));
        }
        return new Checked(null, moved);
    }

    /**
     * Works out which fields are shown and required, reading only shown, valid answers.
     *
     * <p>Within a group's occurrence, a field of the group is read from the occurrence and any
     * other from the form, through the parent.
     */
    private final class Visibility {
        private final Map<String, Field> scope;
        private final Map<String, Checked> checked;
        private final @Nullable Visibility parent;
        private final LocalDate today;
        private final Map<String, Boolean> shown = new HashMap<>(64);

        Visibility(
                Map<String, Field> scope,
                Map<String, Checked> checked,
                @Nullable Visibility parent,
                LocalDate today) {
            this.scope = scope;
            this.checked = checked;
            this.parent = parent;
            this.today = today;
        }

        boolean holds(Condition condition) {
            return condition.test(this::value, today);
        }

        boolean isShown(Field field) {
            Boolean known = shown.get(field.id());
            if (known != null) {
                return known;
            }
            // Cycles are refused when the definition is built; as a last guard, a field is hidden
            // to the conditions read while its own are worked out.
            shown.put(field.id(), Boolean.FALSE);
            Step step = parent == null ? stepOf.get(field.id()) : null;
            boolean result =
                    (step == null || step.shownWhen() == null || holds(step.shownWhen()))
                            && (field.shownWhen() == null || holds(field.shownWhen()));
            shown.put(field.id(), result);
            return result;
        }

        boolean isRequired(Field field) {
            return field.required()
                    || (field.requiredWhen() != null && holds(field.requiredWhen()));
        }

        @Nullable String value(String fieldId) {
            Field field = scope.get(fieldId);
            if (field == null) {
                return parent == null ? null : parent.value(fieldId);
            }
            if (!isShown(field)) {
                return null;
            }
            Checked result = checked.get(fieldId);
            if (result == null || result.answer() == null) {
                return null;
            }
            // A condition reads a group as its number of occurrences.
            return field.type() instanceof FieldType.Group
                    ? Integer.toString(((List<?>) result.answer().value()).size())
                    : result.answer().text();
        }
    }
}
