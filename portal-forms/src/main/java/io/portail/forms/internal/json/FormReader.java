package io.portail.forms.internal.json;

import static java.util.Objects.requireNonNull;

import io.portail.forms.definition.BoundingBox;
import io.portail.forms.definition.Condition;
import io.portail.forms.definition.DateRange;
import io.portail.forms.definition.Exit;
import io.portail.forms.definition.Field;
import io.portail.forms.definition.FieldType;
import io.portail.forms.definition.FormDefinition;
import io.portail.forms.definition.IdentifierKind;
import io.portail.forms.definition.NamePart;
import io.portail.forms.definition.Option;
import io.portail.forms.definition.Step;
import io.portail.forms.internal.definition.DefinitionException;
import io.portail.privacy.category.DataCategory;
import io.portail.privacy.internal.json.JsonObject;
import io.portail.privacy.json.JsonInputException;
import io.portail.privacy.json.JsonInputException.Reason;
import io.portail.privacy.text.LocalizedText;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Supplier;
import org.jspecify.annotations.Nullable;
import tools.jackson.databind.JsonNode;

/**
 * Reads a form definition from a JSON object, naming the path of the first problem.
 *
 * <p>The format is documented in {@code portal-forms/README.md}. Thread-safe.
 */
public final class FormReader {
    private static final DataCategory DISPLAY = DataCategory.of("none");
    private static final Map<String, Condition.Comparison> COMPARISONS =
            Map.of(
                    "lessThan", Condition.Comparison.LESS_THAN,
                    "atMost", Condition.Comparison.AT_MOST,
                    "greaterThan", Condition.Comparison.GREATER_THAN,
                    "atLeast", Condition.Comparison.AT_LEAST);
    private static final List<String> KINDS =
            List.of(
                    "short-text",
                    "long-text",
                    "date",
                    "yes-no",
                    "single-choice",
                    "multiple-choice",
                    "email",
                    "phone",
                    "postal-address",
                    "integer",
                    "decimal",
                    "amount",
                    "person-name",
                    "nir",
                    "siren",
                    "siret",
                    "rna",
                    "iban",
                    "ants-pre-demande",
                    "fiscal-number",
                    "attachment",
                    "geo-point",
                    "display",
                    "group");

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
        try {
            return new FormDefinition(id, version, title, steps);
        } catch (DefinitionException e) {
            throw new JsonInputException(
                    json.source(), path(json, e), Reason.INVALID_VALUE, e.getMessage());
        } catch (IllegalArgumentException e) {
            throw json.error(Reason.INVALID_VALUE, String.valueOf(e.getMessage()));
        }
    }

    /** The path of the step, field, group field and property where a definition is wrong. */
    private static String path(JsonObject form, DefinitionException problem) {
        String path = form.pathOf("steps") + "[" + problem.step() + "]";
        if (problem.field() >= 0) {
            path += ".fields[" + problem.field() + "]";
        }
        if (problem.child() >= 0) {
            path += ".fields[" + problem.child() + "]";
        }
        String property = problem.property();
        return property == null ? path : JsonObject.child(path, property);
    }

    private static Step step(JsonObject json) {
        String id = json.string("id");
        LocalizedText title = json.text("title");
        Condition shownWhen = optCondition(json, "shownWhen");
        Exit exit = optExit(json);
        List<Field> fields = new ArrayList<>();
        for (JsonObject field : json.objects("fields")) {
            fields.add(field(field, true));
        }
        json.end();
        return build(json, () -> new Step(id, title, fields, shownWhen, exit));
    }

    private static @Nullable Exit optExit(JsonObject json) {
        Condition when = optCondition(json, "exitWhen");
        LocalizedText message = json.optText("exitMessage");
        if ((when == null) != (message == null)) {
            throw json.error(
                    when == null ? "exitWhen" : "exitMessage",
                    Reason.MISSING_PROPERTY,
                    "An eligibility exit needs both \"exitWhen\" and \"exitMessage\"");
        }
        return when == null ? null : new Exit(when, requireNonNull(message));
    }

    private static Field field(JsonObject json, boolean topLevel) {
        String id = json.string("id");
        FieldType type = type(json, topLevel);
        LocalizedText label = json.text("label");
        DataCategory category =
                type instanceof FieldType.Display && !json.has("category")
                        ? DISPLAY
                        : build(json, () -> DataCategory.of(json.string("category")));
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
        if (json.names().contains("autocomplete")) {
            builder.autocomplete(json.optString("autocomplete"));
        }
        Exit exit = optExit(json);
        if (exit != null) {
            builder.exitWhen(exit.when(), exit.message());
        }
        json.end();
        return build(json, builder::build);
    }

    private static FieldType type(JsonObject json, boolean topLevel) {
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
            case "multiple-choice":
                List<Option> options = options(json);
                int minTicked = optInt(json, "min", 1, 1000, 1);
                int maxTicked = optInt(json, "max", 1, 1000, options.size());
                return build(
                        json, () -> new FieldType.MultipleChoice(options, minTicked, maxTicked));
            case "email":
                return new FieldType.Email();
            case "phone":
                return new FieldType.Phone();
            case "postal-address":
                return new FieldType.Address();
            case "integer":
                long min = optLong(json, "min", 0);
                long max = optLong(json, "max", FieldType.MAX_WHOLE);
                return build(json, () -> new FieldType.IntegerNumber(min, max));
            case "decimal":
                BigDecimal dmin = optDecimal(json, "min", BigDecimal.ZERO);
                BigDecimal dmax = optDecimal(json, "max", BigDecimal.valueOf(FieldType.MAX_WHOLE));
                int scale = optInt(json, "scale", 0, 6, 2);
                return build(json, () -> new FieldType.DecimalNumber(dmin, dmax, scale));
            case "amount":
                long minCents = cents(json, "min", 0);
                long maxCents = cents(json, "max", FieldType.MAX_WHOLE);
                return build(json, () -> new FieldType.Amount(minCents, maxCents));
            case "person-name":
                return new FieldType.PersonName(
                        json.has("part") ? json.enumValue("part", NamePart.class) : NamePart.FULL);
            case "attachment":
                List<String> types = json.strings("mediaTypes");
                long maxBytes = optLong(json, "maxBytes", 10L << 20);
                int maxCount = optInt(json, "maxCount", 1, 20, 1);
                return build(
                        json,
                        () -> new FieldType.Attachment(Set.copyOf(types), maxBytes, maxCount));
            case "geo-point":
                JsonObject box = json.optObject("box");
                return new FieldType.GeoPoint(box == null ? null : box(box));
            case "display":
                return new FieldType.Display();
            case "group":
                if (!topLevel) {
                    throw json.error(
                            "type",
                            Reason.INVALID_VALUE,
                            "A group cannot hold another group; list its fields in the outer"
                                    + " group");
                }
                List<Field> children = new ArrayList<>();
                for (JsonObject child : json.objects("fields")) {
                    children.add(field(child, false));
                }
                int minOccurs = optInt(json, "min", 0, 100, 0);
                int maxOccurs = optInt(json, "max", 1, 100, 10);
                return build(json, () -> new FieldType.Group(children, minOccurs, maxOccurs));
            default:
                for (IdentifierKind identifier : IdentifierKind.values()) {
                    if (identifier.kind().equals(kind)) {
                        return new FieldType.Identifier(identifier);
                    }
                }
                throw json.error(
                        "type",
                        Reason.INVALID_VALUE,
                        "Unknown field type; use one of " + String.join(", ", KINDS));
        }
    }

    private static BoundingBox box(JsonObject json) {
        double south = degrees(json, "south");
        double west = degrees(json, "west");
        double north = degrees(json, "north");
        double east = degrees(json, "east");
        json.end();
        return build(json, () -> new BoundingBox(south, west, north, east));
    }

    private static double degrees(JsonObject json, String name) {
        return decimal(json, name).doubleValue();
    }

    private static long optLong(JsonObject json, String name, long absent) {
        if (!json.has(name)) {
            return absent;
        }
        BigDecimal value = decimal(json, name);
        try {
            return value.longValueExact();
        } catch (ArithmeticException e) {
            throw json.error(name, Reason.INVALID_VALUE, "Expected a whole number");
        }
    }

    private static BigDecimal optDecimal(JsonObject json, String name, BigDecimal absent) {
        return json.has(name) ? decimal(json, name) : absent;
    }

    /** Reads an amount in euros written as a JSON number or string, such as 12.50. */
    private static long cents(JsonObject json, String name, long absent) {
        if (!json.has(name)) {
            return absent;
        }
        BigDecimal value = decimal(json, name);
        if (value.scale() > 2 || value.signum() < 0) {
            throw json.error(
                    name,
                    Reason.INVALID_VALUE,
                    "Expected euros with 2 decimals at most, like 12.50");
        }
        return value.movePointRight(2).longValue();
    }

    private static BigDecimal decimal(JsonObject json, String name) {
        JsonNode node = json.raw(name);
        String text =
                node != null && node.isNumber()
                        ? node.decimalValue().toString()
                        : node != null && node.isString() ? node.stringValue() : "";
        if (!text.matches("-?[0-9]{1,15}([.][0-9]{1,12})?")) {
            throw json.error(
                    name,
                    Reason.INVALID_VALUE,
                    "Expected a number of 15 digits or fewer, such as 12 or 12.50");
        }
        return new BigDecimal(text);
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
     * [...]}}, {@code {"field": "f", "answered": true}}, a comparison such as {@code {"field": "f",
     * "lessThan": "today-P3Y"}} or {@code {"field": "f", "between": [3, 6]}}, {@code {"all":
     * [...]}}, {@code {"any": [...]}} or {@code {"not": {...}}}.
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
            } else if (json.has("between")) {
                List<String> bounds = boundList(json, "between");
                try {
                    result = Condition.between(field, bounds.get(0), bounds.get(1));
                } catch (IllegalArgumentException e) {
                    throw json.error(
                            "between", Reason.INVALID_VALUE, String.valueOf(e.getMessage()));
                }
            } else if (comparison(json) != null) {
                String name = requireNonNull(comparison(json));
                result = compare(json, field, COMPARISONS.get(name), bound(json, name));
            } else {
                throw json.error(
                        Reason.MISSING_PROPERTY,
                        "A condition on a field needs \"equals\", \"in\", \"answered\","
                                + " \"lessThan\", \"atMost\", \"greaterThan\", \"atLeast\""
                                + " or \"between\"");
            }
        } else {
            throw json.error(
                    Reason.MISSING_PROPERTY,
                    "A condition needs \"field\", \"all\", \"any\" or \"not\"");
        }
        json.end();
        return result;
    }

    private static @Nullable String comparison(JsonObject json) {
        for (String name : COMPARISONS.keySet()) {
            if (json.has(name)) {
                return name;
            }
        }
        return null;
    }

    private static Condition compare(
            JsonObject json, String field, Condition.Comparison comparison, String bound) {
        return build(json, () -> new Condition.Compare(field, comparison, bound));
    }

    /**
     * Reads a bound: a JSON number, or a string holding a number, an ISO date or a day relative to
     * today such as {@code "today-P3Y"} (checked by {@link Condition.Compare}).
     */
    private static String bound(JsonObject json, String name) {
        JsonNode node = json.raw(name);
        if (node != null && node.isNumber()) {
            String text = node.decimalValue().toString();
            if (text.length() > 30 || text.contains("E")) {
                throw json.error(name, Reason.INVALID_VALUE, "Expected a plain number, like 3");
            }
            return text;
        }
        if (node != null && node.isString()) {
            return node.stringValue();
        }
        throw json.error(
                name,
                Reason.WRONG_TYPE,
                "Expected a number, like 3, a date, like \"2026-09-01\", or a day relative to"
                        + " today, like \"today-P3Y\"");
    }

    private static List<String> boundList(JsonObject json, String name) {
        JsonNode node = json.raw(name);
        if (node == null || !node.isArray() || node.size() != 2) {
            throw json.error(
                    name,
                    Reason.WRONG_TYPE,
                    "Expected two bounds, lowest first, like [3, 6], [\"2026-01-01\","
                            + " \"2026-12-31\"] or [\"today-P6Y\", \"today-P3Y\"]");
        }
        List<String> bounds = new ArrayList<>();
        for (int i = 0; i < 2; i++) {
            JsonNode item = node.get(i);
            if (item.isNumber() && item.decimalValue().toString().length() <= 30) {
                bounds.add(item.decimalValue().toString());
            } else if (item.isString()) {
                bounds.add(item.stringValue());
            } else {
                throw json.error(name, Reason.WRONG_TYPE, "Expected a number or a date");
            }
        }
        return bounds;
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
