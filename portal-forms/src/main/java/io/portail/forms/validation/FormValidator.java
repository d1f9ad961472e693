package io.portail.forms.validation;

import static java.util.Objects.requireNonNull;

import io.portail.forms.constraints.RuleMessages;
import io.portail.forms.constraints.RuleResult;
import io.portail.forms.constraints.TextRule;
import io.portail.forms.definition.Field;
import io.portail.forms.definition.FieldType;
import io.portail.forms.definition.FormDefinition;
import io.portail.forms.definition.Option;
import io.portail.forms.definition.Step;
import io.portail.privacy.text.LocalizedText;
import java.time.Clock;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/**
 * Normalises and validates answers against one version of a form.
 *
 * <p>Every answer is normalised first (see {@link io.portail.forms.value.Text#normalise}), then
 * checked. Fields hidden by their conditions are not checked and their answers are dropped. A field
 * gets at most one violation, and violations come in reading order. Immutable and thread-safe.
 */
public final class FormValidator {
    private final FormDefinition form;
    private final Clock clock;
    private final FieldChecks checks;

    private FormValidator(FormDefinition form, Clock clock) {
        this.form = form;
        this.clock = clock;
        this.checks = new FieldChecks();
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
     * @return the normalised answers, or the violations in reading order
     * @throws IllegalArgumentException if an answer names a field the form does not have
     */
    public ValidationResult validate(Answers answers) {
        requireNonNull(answers, "answers");
        return validate(answers, form.fields());
    }

    /**
     * Validates the answers to one step; conditions may still read answers to other steps.
     *
     * @param stepId the step id
     * @param answers the answers sent so far
     * @return the normalised answers of the step, or its violations in reading order
     * @throws IllegalArgumentException if the step is unknown or an answer names a field the form
     *     does not have
     */
    public ValidationResult validateStep(String stepId, Answers answers) {
        requireNonNull(stepId, "stepId");
        requireNonNull(answers, "answers");
        Step step =
                form.steps().stream()
                        .filter(s -> s.id().equals(stepId))
                        .findFirst()
                        .orElseThrow(
                                () ->
                                        new IllegalArgumentException(
                                                "The form has no step " + stepId));
        return validate(answers, step.fields());
    }

    private ValidationResult validate(Answers answers, List<Field> scope) {
        for (String id : answers.fieldIds()) {
            if (form.field(id).isEmpty()) {
                throw new IllegalArgumentException(
                        "The answers name a field the form does not have: "
                                + (id.length() > 64 ? id.substring(0, 64) + "…" : id));
            }
        }
        Map<String, Checked> checked = new HashMap<>();
        for (Field field : form.fields()) {
            Optional<RawAnswer> raw = answers.get(field.id());
            if (raw.isPresent()) {
                checked.put(field.id(), checks.check(field, raw.get(), clock));
            }
        }
        Visibility visibility = new Visibility(checked);
        List<Answer> valid = new ArrayList<>();
        List<Violation> violations = new ArrayList<>();
        for (Field field : scope) {
            if (!visibility.isShown(field)) {
                continue;
            }
            Checked result = checked.get(field.id());
            if (result == null || result.isEmpty()) {
                if (visibility.isRequired(field)) {
                    violations.add(checks.missing(field));
                }
            } else if (result.violation() != null) {
                violations.add(result.violation());
            } else if (result.answer() != null) {
                valid.add(result.answer());
            }
        }
        return violations.isEmpty()
                ? new ValidationResult.Valid(new NormalisedAnswers(valid))
                : new ValidationResult.Invalid(violations);
    }

    /** Works out which fields are shown and required, reading only shown, valid answers. */
    private final class Visibility {
        private final Map<String, Checked> checked;
        private final Map<String, Boolean> shown = new HashMap<>();
        private final Set<String> evaluating = new HashSet<>();

        Visibility(Map<String, Checked> checked) {
            this.checked = checked;
        }

        boolean isShown(Field field) {
            Boolean known = shown.get(field.id());
            if (known != null) {
                return known;
            }
            if (!evaluating.add(field.id())) {
                // Cycles are refused when the definition is built; this is a last guard.
                return false;
            }
            Step step = form.stepOf(field.id()).orElseThrow();
            boolean result =
                    (step.shownWhen() == null || step.shownWhen().test(this::value))
                            && (field.shownWhen() == null || field.shownWhen().test(this::value));
            evaluating.remove(field.id());
            shown.put(field.id(), result);
            return result;
        }

        boolean isRequired(Field field) {
            return field.required()
                    || (field.requiredWhen() != null && field.requiredWhen().test(this::value));
        }

        private @Nullable String value(String fieldId) {
            Field field = form.field(fieldId).orElseThrow();
            if (!isShown(field)) {
                return null;
            }
            Checked result = checked.get(fieldId);
            return result == null || result.answer() == null ? null : result.answer().text();
        }
    }

    /** The checks of each field type. */
    private static final class FieldChecks {
        Violation missing(Field field) {
            String key =
                    field.type() instanceof FieldType.SingleChoice
                            ? "required.choice"
                            : field.type() instanceof FieldType.YesNo
                                    ? "required.yes-no"
                                    : field.type() instanceof FieldType.Address
                                            ? "required.address"
                                            : "required";
            return new Violation(field.id(), "required", FormMessages.of(key, field));
        }

        Checked check(Field field, RawAnswer raw, Clock clock) {
            FieldType type = field.type();
            if (type instanceof FieldType.Address) {
                return AddressCheck.check(field, raw);
            }
            if (!(raw instanceof RawAnswer.Text)) {
                return Checked.fail(
                        field, field.id(), "wrong-shape", FormMessages.of("wrong-shape", field));
            }
            String text = ((RawAnswer.Text) raw).value();
            if (type instanceof FieldType.LongText) {
                return longText(field, text, ((FieldType.LongText) type).maxLength());
            }
            String value = io.portail.forms.value.Text.normalise(text);
            if (value.isEmpty()) {
                return Checked.EMPTY;
            }
            if (type instanceof FieldType.ShortText) {
                int max = ((FieldType.ShortText) type).maxLength();
                if (value.codePointCount(0, value.length()) > max) {
                    return tooLong(field, max);
                }
                if (hasControl(value, false)) {
                    return Checked.fail(
                            field,
                            field.id(),
                            "wrong-characters",
                            FormMessages.of("wrong-characters", field));
                }
                return Checked.ok(field, value, value, LocalizedText.same(value));
            } else if (type instanceof FieldType.DateField) {
                return DateCheck.check(field, value, ((FieldType.DateField) type).range(), clock);
            } else if (type instanceof FieldType.YesNo) {
                return yesNo(field, value);
            } else if (type instanceof FieldType.SingleChoice) {
                Optional<Option> option = ((FieldType.SingleChoice) type).option(value);
                if (option.isEmpty()) {
                    return Checked.fail(
                            field,
                            field.id(),
                            "choice.unknown",
                            FormMessages.of("choice.unknown", field));
                }
                return Checked.ok(field, value, value, option.get().label());
            } else if (type instanceof FieldType.Email) {
                return rule(field, io.portail.forms.constraints.EmailRule.INSTANCE, value);
            } else if (type instanceof FieldType.Phone) {
                return rule(
                        field, io.portail.forms.constraints.fr.FrenchPhoneRule.ANY_COUNTRY, value);
            }
            throw new IllegalStateException("No check for field type " + type.kind());
        }

        private static Checked rule(Field field, TextRule rule, String value) {
            RuleResult result = rule.check(value);
            if (result instanceof RuleResult.Valid) {
                String normalised = ((RuleResult.Valid) result).normalised();
                return Checked.ok(field, normalised, normalised, LocalizedText.same(normalised));
            }
            var problem = ((RuleResult.Invalid) result).problem();
            LocalizedText message =
                    new LocalizedText(
                            RuleMessages.message(rule.code(), problem, Locale.FRENCH),
                            RuleMessages.message(rule.code(), problem, Locale.ENGLISH));
            return Checked.fail(field, field.id(), rule.code() + "." + problem.code(), message);
        }

        private static Checked longText(Field field, String text, int max) {
            String value = normaliseLines(text);
            if (value.isEmpty()) {
                return Checked.EMPTY;
            }
            if (value.codePointCount(0, value.length()) > max) {
                return tooLong(field, max);
            }
            if (hasControl(value, true)) {
                return Checked.fail(
                        field,
                        field.id(),
                        "wrong-characters",
                        FormMessages.of("wrong-characters", field));
            }
            return Checked.ok(field, value, value, LocalizedText.same(value));
        }

        /** Normalises each line as a short text would be, keeping the line breaks. */
        private static String normaliseLines(String text) {
            String[] lines = text.replace("\r\n", "\n").replace('\r', '\n').split("\n", -1);
            StringBuilder out = new StringBuilder();
            for (String line : lines) {
                if (out.length() > 0) {
                    out.append('\n');
                }
                out.append(io.portail.forms.value.Text.normalise(line));
            }
            return out.toString().strip();
        }

        private static Checked yesNo(Field field, String value) {
            switch (value.toLowerCase(Locale.ROOT)) {
                case "true", "oui", "yes":
                    return Checked.ok(field, Boolean.TRUE, "true", new LocalizedText("Oui", "Yes"));
                case "false", "non", "no":
                    return Checked.ok(
                            field, Boolean.FALSE, "false", new LocalizedText("Non", "No"));
                default:
                    return Checked.fail(
                            field,
                            field.id(),
                            "yes-no.unknown",
                            FormMessages.of("yes-no.unknown", field));
            }
        }

        private static boolean hasControl(String value, boolean allowLineBreaks) {
            for (int i = 0; i < value.length(); i++) {
                char c = value.charAt(i);
                if (allowLineBreaks && (c == '\n' || c == '\t')) {
                    continue;
                }
                if (Character.isISOControl(c)) {
                    return true;
                }
            }
            return false;
        }

        private static Checked tooLong(Field field, int max) {
            return Checked.fail(
                    field,
                    field.id(),
                    "too-long",
                    FormMessages.of("too-long", field, Map.of("max", Integer.toString(max))));
        }
    }
}
