package io.portail.forms.internal.json;

import static java.util.Objects.requireNonNull;

import io.portail.forms.definition.Condition;
import io.portail.forms.definition.DateRange;
import io.portail.forms.definition.Field;
import io.portail.forms.definition.FieldType;
import io.portail.forms.definition.FormDefinition;
import io.portail.forms.definition.Option;
import io.portail.forms.definition.Step;
import io.portail.privacy.category.DataCategory;
import io.portail.privacy.internal.json.JsonObject;
import io.portail.privacy.json.JsonInputException;
import io.portail.privacy.json.JsonInputException.Reason;
import io.portail.privacy.text.LocalizedText;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.function.Supplier;
import org.jspecify.annotations.Nullable;

/**
 * Reads a form definition from a JSON object, naming the path of the first problem.
 *
 * <p>The format is documented in {@code portal-forms/README.md}. Thread-safe.
 */
public final class FormReader {
    private FormReader() {}

    /**
     * Reads a form definition.
     *
     * @param json the object holding the definition
     * @return the definition
     * @throws JsonInputException naming the path of the first problem and how to fix it
     */
    public static FormDefinition form(JsonObject json) {
        requireNonNull(json, "json");
        String id = json.string("id");
        int version = json.integer("version", 1, 10_000);
        LocalizedText title = json.text("title");
        List<Step> steps = new ArrayList<>();
        for (JsonObject step : json.objects("steps")) {
            steps.add(step(step));
        }
        json.end();
        return build(json, () -> new FormDefinition(id, version, title, steps));
    }

    private static Step step(JsonObject json) {
        String id = json.string("id");
        LocalizedText title = json.text("title");
        Condition shownWhen = optCondition(json, "shownWhen");
        List<Field> fields = new ArrayList<>();
        for (JsonObject field : json.objects("fields")) {
            fields.add(field(field));
        }
        json.end();
        return build(json, () -> new Step(id, title, fields, shownWhen));
    }

    private static Field field(JsonObject json) {
        String id = json.string("id");
        FieldType type = type(json);
        LocalizedText label = json.text("label");
        DataCategory category = build(json, () -> DataCategory.of(json.string("category")));
        Field.Builder builder = build(json, () -> Field.builder(id, type, label, category));
        LocalizedText hint = json.optText("hint");
        if (hint != null) {
            builder.hint(hint);
        }
        LocalizedText example = json.optText("example");
        if (example != null) {
            builder.example(example);
        }
        LocalizedText name = json.optText("name");
        if (name != null) {
            builder.name(name);
        }
        if (json.bool("required", false)) {
            builder.required();
        }
        Condition requiredWhen = optCondition(json, "requiredWhen");
        if (requiredWhen != null) {
            builder.requiredWhen(requiredWhen);
        }
        Condition shownWhen = optCondition(json, "shownWhen");
        if (shownWhen != null) {
            builder.shownWhen(shownWhen);
        }
        if (json.has("autocomplete")) {
            builder.autocomplete(json.optString("autocomplete"));
        }
        json.end();
        return build(json, builder::build);
    }

    private static FieldType type(JsonObject json) {
        String kind = json.string("type");
        switch (kind) {
            case "short-text":
                return new FieldType.ShortText(optInt(json, "maxLength", 1, 1000, 100));
            case "long-text":
                return new FieldType.LongText(optInt(json, "maxLength", 1, 20_000, 2000));
            case "date":
                return new FieldType.DateField(
                        json.has("range")
                                ? json.enumValue("range", DateRange.class)
                                : DateRange.ANY);
            case "yes-no":
                return new FieldType.YesNo();
            case "single-choice":
                return build(json, () -> new FieldType.SingleChoice(options(json)));
            case "email":
                return new FieldType.Email();
            case "phone":
                return new FieldType.Phone();
            case "postal-address":
                return new FieldType.Address();
            default:
                throw json.error(
                        "type",
                        Reason.INVALID_VALUE,
                        "Unknown field type; use one of short-text, long-text, date, yes-no,"
                                + " single-choice, email, phone, postal-address");
        }
    }

    private static int optInt(JsonObject json, String name, int min, int max, int absent) {
        Integer value = json.optInteger(name, min, max);
        return value == null ? absent : value;
    }

    private static List<Option> options(JsonObject json) {
        List<Option> options = new ArrayList<>();
        for (JsonObject option : json.objects("options")) {
            String code = option.string("code");
            LocalizedText label = option.text("label");
            option.end();
            options.add(new Option(code, label));
        }
        return options;
    }

    private static @Nullable Condition optCondition(JsonObject json, String name) {
        JsonObject condition = json.optObject(name);
        return condition == null ? null : condition(condition);
    }

    /**
     * Reads a condition: {@code {"field": "f", "equals": "v"}}, {@code {"field": "f", "in":
     * [...]}}, {@code {"field": "f", "answered": true}}, {@code {"all": [...]}}, {@code {"any":
     * [...]}} or {@code {"not": {...}}}.
     *
     * @param json the object holding the condition
     * @return the condition
     * @throws JsonInputException naming the path of the first problem
     */
    public static Condition condition(JsonObject json) {
        Condition result;
        if (json.has("all")) {
            result = build(json, () -> new Condition.All(conditions(json, "all")));
        } else if (json.has("any")) {
            result = build(json, () -> new Condition.Any(conditions(json, "any")));
        } else if (json.has("not")) {
            result = new Condition.Not(condition(json.object("not")));
        } else if (json.has("field")) {
            String field = json.string("field");
            if (json.has("equals")) {
                result = new Condition.In(field, java.util.Set.of(json.string("equals")));
            } else if (json.has("in")) {
                List<String> values = json.strings("in");
                result = build(json, () -> new Condition.In(field, new LinkedHashSet<>(values)));
            } else if (json.has("answered")) {
                result = new Condition.Empty(field, !json.bool("answered", true));
            } else {
                throw json.error(
                        Reason.MISSING_PROPERTY,
                        "A condition on a field needs \"equals\", \"in\" or \"answered\"");
            }
        } else {
            throw json.error(
                    Reason.MISSING_PROPERTY,
                    "A condition needs \"field\", \"all\", \"any\" or \"not\"");
        }
        json.end();
        return result;
    }

    private static List<Condition> conditions(JsonObject json, String name) {
        List<Condition> result = new ArrayList<>();
        for (JsonObject item : json.objects(name)) {
            result.add(condition(item));
        }
        return result;
    }

    private static <T> T build(JsonObject json, Supplier<T> constructor) {
        try {
            return constructor.get();
        } catch (IllegalArgumentException e) {
            throw json.error(Reason.INVALID_VALUE, String.valueOf(e.getMessage()));
        }
    }
}
