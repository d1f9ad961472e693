package io.portail.forms.json;

import static java.util.Objects.requireNonNull;

import io.portail.forms.definition.Field;
import io.portail.forms.definition.FieldType;
import io.portail.forms.definition.FormDefinition;
import io.portail.forms.definition.Step;
import io.portail.forms.validation.Answers;
import io.portail.forms.validation.RawAnswer;
import io.portail.privacy.internal.json.JsonObject;
import io.portail.privacy.internal.json.StrictJson;
import io.portail.privacy.json.JsonInputException;
import io.portail.privacy.json.JsonInputException.Reason;
import java.io.InputStream;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Pattern;
import tools.jackson.databind.JsonNode;

/**
 * Reads a resident's answers from a JSON object keyed by field id.
 *
 * <p>Texts, numbers and booleans become text answers (the form's checks read them), arrays become
 * lists and objects become groups of parts, such as an address. The shape must suit the field: an
 * address, a point or a file description is an object of its named parts only, a group an array of
 * objects keyed by the group's fields, a display-only field takes no answer. A key that is not a
 * field of the form is refused with its path; the input never chooses a Java type (case F11).
 * Limits on size and depth apply (cases F09, F10). Thread-safe.
 */
public final class AnswersJson {
    private static final StrictJson JSON = StrictJson.withMaxDocumentBytes(1L << 20);

    private static final Pattern PART = Pattern.compile("[A-Za-z][A-Za-z0-9-]{0,63}");

    private AnswersJson() {}

    /** The path of a property, as {@link JsonObject#child} writes it, without its regex cost. */
    private static String child(String parent, String name) {
        int length = name.length();
        boolean plain = length > 0 && length <= 64;
        for (int i = 0; plain && i < length; i++) {
            char c = name.charAt(i);
            plain =
                    (c >= 'a' && c <= 'z')
                            || (c >= 'A' && c <= 'Z')
                            || c == '_'
                            || (i > 0 && ((c >= '0' && c <= '9') || c == '-'));
        }
        return plain ? parent + "." + name : JsonObject.child(parent, name);
    }

    /**
     * Reads answers from a string.
     *
     * @param source the name of the document, for messages
     * @param json the document
     * @param form the form the answers are for
     * @return the answers, not yet checked
     * @throws JsonInputException naming the source and the path of the first problem
     */
    public static Answers read(String source, String json, FormDefinition form) {
        requireNonNull(source, "source");
        requireNonNull(form, "form");
        return answers(source, JSON.parse(source, json), form);
    }

    /**
     * Reads answers from a stream.
     *
     * @param source the name of the document, for messages
     * @param in the stream, not closed
     * @param form the form the answers are for
     * @return the answers, not yet checked
     * @throws JsonInputException naming the source and the path of the first problem
     */
    public static Answers read(String source, InputStream in, FormDefinition form) {
        requireNonNull(source, "source");
        requireNonNull(form, "form");
        return answers(source, JSON.parse(source, in), form);
    }

    /**
     * Reads answers from a file.
     *
     * @param file the file
     * @param form the form the answers are for
     * @return the answers, not yet checked
     * @throws JsonInputException naming the file and the path of the first problem
     * @throws java.io.UncheckedIOException if the file cannot be read
     */
    public static Answers read(Path file, FormDefinition form) {
        requireNonNull(file, "file");
        requireNonNull(form, "form");
        return answers(String.valueOf(file.getFileName()), JSON.parse(file), form);
    }

    private static Answers answers(String source, JsonNode root, FormDefinition form) {
        if (!root.isObject()) {
            throw new JsonInputException(
                    source,
                    "$",
                    Reason.WRONG_TYPE,
                    "Expected an object of answers keyed by field id, found "
                            + JsonObject.kind(root));
        }
        Map<String, Field> fields = new HashMap<>();
        for (Step step : form.steps()) {
            for (Field field : step.fields()) {
                fields.put(field.id(), field);
            }
        }
        Map<String, RawAnswer> byField = new LinkedHashMap<>();
        for (var entry : root.properties()) {
            Field field = fields.get(entry.getKey());
            if (field == null) {
                throw new JsonInputException(
                        source,
                        child("$", entry.getKey()),
                        Reason.UNKNOWN_PROPERTY,
                        "Not a field of form " + form.id() + " version " + form.version());
            }
            JsonNode value = entry.getValue();
            if (value.isNull()) {
                continue;
            }
            if (value.isValueNode() && !(field.type() instanceof FieldType.Display)) {
                // A plain value needs no path unless refused below, so none is built (cost).
                if (!isTextLike(field.type()) || !value.isString()) {
                    checkShape(source, child("$", entry.getKey()), field, value);
                }
                byField.put(entry.getKey(), raw(source, "$", value));
                continue;
            }
            String path = child("$", entry.getKey());
            checkShape(source, path, field, value);
            byField.put(entry.getKey(), raw(source, path, value));
        }
        return Answers.of(byField);
    }

    /** Tells whether a JSON string suits the type as it is. */
    private static boolean isTextLike(FieldType type) {
        return !(type instanceof FieldType.Address
                || type instanceof FieldType.Attachment
                || type instanceof FieldType.GeoPoint
                || type instanceof FieldType.Group);
    }

    /** Refuses, with its path, an answer whose JSON shape does not suit the field's type. */
    private static void checkShape(String source, String path, Field field, JsonNode value) {
        FieldType type = field.type();
        if (value.isNull()) {
            return;
        }
        if (type instanceof FieldType.Display) {
            throw new JsonInputException(
                    source, path, Reason.UNKNOWN_PROPERTY, "A display-only field takes no answer");
        } else if (type instanceof FieldType.Address) {
            checkAddress(source, path, value);
        } else if (type instanceof FieldType.Attachment) {
            if (value.isArray()) {
                for (int i = 0; i < value.size(); i++) {
                    checkParts(
                            source,
                            path + "[" + i + "]",
                            value.get(i),
                            FieldType.Attachment.PARTS,
                            "a file description");
                }
            } else {
                checkParts(source, path, value, FieldType.Attachment.PARTS, "a file description");
            }
        } else if (type instanceof FieldType.GeoPoint) {
            checkParts(source, path, value, FieldType.GeoPoint.PARTS, "a point");
        } else if (type instanceof FieldType.Group) {
            FieldType.Group group = (FieldType.Group) type;
            if (!value.isArray()) {
                throw new JsonInputException(
                        source,
                        path,
                        Reason.WRONG_TYPE,
                        "Expected an array of objects keyed by the ids of the group's fields,"
                                + " found "
                                + JsonObject.kind(value));
            }
            for (int i = 0; i < value.size(); i++) {
                String itemPath = path + "[" + i + "]";
                JsonNode item = value.get(i);
                if (!item.isObject()) {
                    throw new JsonInputException(
                            source,
                            itemPath,
                            Reason.WRONG_TYPE,
                            "Expected an object keyed by the ids of the group's fields, found "
                                    + JsonObject.kind(item));
                }
                for (var part : item.properties()) {
                    String partPath = child(itemPath, part.getKey());
                    Field child = group.field(part.getKey()).orElse(null);
                    if (child == null) {
                        throw new JsonInputException(
                                source,
                                partPath,
                                Reason.UNKNOWN_PROPERTY,
                                "Not a field of group " + field.id());
                    }
                    checkShape(source, partPath, child, part.getValue());
                }
            }
        } else if (value.isObject()) {
            throw new JsonInputException(
                    source,
                    path,
                    Reason.WRONG_TYPE,
                    "Expected a "
                            + (type instanceof FieldType.MultipleChoice
                                    ? "string or an array of strings"
                                    : "string, number or boolean")
                            + ", found an object");
        } else if (value.isArray() && !(type instanceof FieldType.MultipleChoice)) {
            throw new JsonInputException(
                    source,
                    path,
                    Reason.WRONG_TYPE,
                    "Expected a string, number or boolean, found an array");
        } else if (value.isBoolean() && !(type instanceof FieldType.YesNo)) {
            throw new JsonInputException(
                    source, path, Reason.WRONG_TYPE, "Expected a string, found a boolean");
        } else if (value.isNumber() && !isNumeric(type)) {
            throw new JsonInputException(
                    source, path, Reason.WRONG_TYPE, "Expected a string, found a number");
        }
    }

    /** A JSON number is an answer only to a field that holds a number. */
    private static boolean isNumeric(FieldType type) {
        return type instanceof FieldType.IntegerNumber
                || type instanceof FieldType.DecimalNumber
                || type instanceof FieldType.Amount;
    }

    private static void checkParts(
            String source, String path, JsonNode value, Set<String> names, String what) {
        if (!value.isObject()) {
            throw new JsonInputException(
                    source,
                    path,
                    Reason.WRONG_TYPE,
                    "Expected "
                            + what
                            + ", an object with "
                            + String.join(", ", new TreeSet<>(names))
                            + ", found "
                            + JsonObject.kind(value));
        }
        for (var part : value.properties()) {
            String partPath = child(path, part.getKey());
            if (!names.contains(part.getKey())) {
                throw new JsonInputException(
                        source,
                        partPath,
                        Reason.UNKNOWN_PROPERTY,
                        "Not a part of "
                                + what
                                + "; use "
                                + String.join(", ", new TreeSet<>(names)));
            }
            JsonNode v = part.getValue();
            if (!v.isString() && !v.isNumber() && !v.isNull()) {
                throw new JsonInputException(
                        source,
                        partPath,
                        Reason.WRONG_TYPE,
                        "Expected a string or a number, found " + JsonObject.kind(v));
            }
        }
    }

    private static void checkAddress(String source, String path, JsonNode value) {
        if (!value.isObject()) {
            throw new JsonInputException(
                    source,
                    path,
                    Reason.WRONG_TYPE,
                    "Expected an object with "
                            + String.join(", ", new java.util.TreeSet<>(FieldType.Address.PARTS))
                            + ", found "
                            + JsonObject.kind(value));
        }
        for (var part : value.properties()) {
            String partPath = child(path, part.getKey());
            if (!FieldType.Address.PARTS.contains(part.getKey())) {
                throw new JsonInputException(
                        source,
                        partPath,
                        Reason.UNKNOWN_PROPERTY,
                        "Not a part of an address; use "
                                + String.join(
                                        ", ", new java.util.TreeSet<>(FieldType.Address.PARTS)));
            }
            if (!part.getValue().isString() && !part.getValue().isNull()) {
                throw new JsonInputException(
                        source,
                        partPath,
                        Reason.WRONG_TYPE,
                        "Expected a string, found " + JsonObject.kind(part.getValue()));
            }
        }
    }

    private static RawAnswer raw(String source, String path, JsonNode node) {
        if (node.isString()) {
            return new RawAnswer.Text(node.stringValue());
        } else if (node.isBoolean()) {
            return new RawAnswer.Text(Boolean.toString(node.booleanValue()));
        } else if (node.isNumber()) {
            // Plain text of an ordinary number; a huge exponent is never expanded: 1e1000000000
            // stays short and is refused as a wrong format by the field's check (F10).
            java.math.BigDecimal number = node.decimalValue();
            int scale = number.scale();
            return new RawAnswer.Text(
                    scale > -20 && scale < 40 ? number.toPlainString() : number.toString());
        } else if (node.isArray()) {
            List<RawAnswer> items = new ArrayList<>();
            for (int i = 0; i < node.size(); i++) {
                items.add(raw(source, path + "[" + i + "]", node.get(i)));
            }
            return new RawAnswer.Items(items);
        } else if (node.isObject()) {
            Map<String, RawAnswer> parts = new LinkedHashMap<>();
            for (var entry : node.properties()) {
                String partPath = child(path, entry.getKey());
                if (!PART.matcher(entry.getKey()).matches()) {
                    throw new JsonInputException(
                            source, partPath, Reason.UNKNOWN_PROPERTY, "Not a part of this answer");
                }
                if (!entry.getValue().isNull()) {
                    parts.put(entry.getKey(), raw(source, partPath, entry.getValue()));
                }
            }
            return new RawAnswer.Group(parts);
        }
        throw new JsonInputException(source, path, Reason.WRONG_TYPE, "Unexpected value");
    }
}
