package io.portail.forms.json;

import static java.util.Objects.requireNonNull;

import io.portail.forms.definition.FieldType;
import io.portail.forms.definition.FormDefinition;
import io.portail.forms.validation.Answers;
import io.portail.forms.validation.RawAnswer;
import io.portail.privacy.internal.json.JsonObject;
import io.portail.privacy.internal.json.StrictJson;
import io.portail.privacy.json.JsonInputException;
import io.portail.privacy.json.JsonInputException.Reason;
import java.io.InputStream;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import tools.jackson.databind.JsonNode;

/**
 * Reads a resident's answers from a JSON object keyed by field id.
 *
 * <p>Texts, numbers and booleans become text answers (the form's checks read them), arrays become
 * lists and objects become groups of parts, such as an address. A key that is not a field of the
 * form is refused with its path; the input never chooses a Java type (case F11). Limits on size and
 * depth apply (cases F09, F10). Thread-safe.
 */
public final class AnswersJson {
    private static final StrictJson JSON = StrictJson.withMaxDocumentBytes(1L << 20);

    private AnswersJson() {}

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
        Map<String, RawAnswer> byField = new LinkedHashMap<>();
        for (var entry : root.properties()) {
            String path = JsonObject.child("$", entry.getKey());
            if (form.field(entry.getKey()).isEmpty()) {
                throw new JsonInputException(
                        source,
                        path,
                        Reason.UNKNOWN_PROPERTY,
                        "Not a field of form " + form.id() + " version " + form.version());
            }
            JsonNode value = entry.getValue();
            if (value.isNull()) {
                continue;
            }
            if (form.field(entry.getKey()).get().type() instanceof FieldType.Address) {
                checkAddress(source, path, value);
            }
            byField.put(entry.getKey(), raw(source, path, value));
        }
        return Answers.of(byField);
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
            String partPath = JsonObject.child(path, part.getKey());
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
            // Plain text of the number as sent, never expanded: 1e1000000000 stays short (F10).
            return new RawAnswer.Text(node.decimalValue().toString());
        } else if (node.isArray()) {
            List<RawAnswer> items = new ArrayList<>();
            for (int i = 0; i < node.size(); i++) {
                items.add(raw(source, path + "[" + i + "]", node.get(i)));
            }
            return new RawAnswer.Items(items);
        } else if (node.isObject()) {
            Map<String, RawAnswer> parts = new LinkedHashMap<>();
            for (var entry : node.properties()) {
                String partPath = JsonObject.child(path, entry.getKey());
                if (!entry.getKey().matches("[A-Za-z][A-Za-z0-9-]{0,63}")) {
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
