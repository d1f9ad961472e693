package io.portail.privacy.internal.json;

import static java.util.Objects.requireNonNull;

import io.portail.privacy.json.JsonInputException;
import io.portail.privacy.json.JsonInputException.Reason;
import io.portail.privacy.text.LocalizedText;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;
import tools.jackson.databind.JsonNode;

/**
 * A JSON object being read property by property, which knows its source and path.
 *
 * <p>Every read names its path in errors; {@link #end()} refuses any property that was not read, so
 * a misspelt property is an error, never silently ignored. Not thread-safe: one reader at a time.
 */
public final class JsonObject {
    /** A property name written as is in a path; others are quoted. Compiled once: hot path. */
    private static final Pattern PLAIN_NAME = Pattern.compile("[A-Za-z_][A-Za-z0-9_-]{0,63}");

    private final String source;
    private final String path;
    private final JsonNode node;
    private final Set<String> read = new HashSet<>();

    private JsonObject(String source, String path, JsonNode node) {
        this.source = source;
        this.path = path;
        this.node = node;
    }

    /**
     * Views the root of a document as an object.
     *
     * @param source the name of the document
     * @param root the root node
     * @return the object
     * @throws JsonInputException if the root is not an object
     */
    public static JsonObject root(String source, JsonNode root) {
        requireNonNull(source, "source");
        requireNonNull(root, "root");
        return of(source, "$", root);
    }

    /**
     * Views a node as an object at the given path.
     *
     * @param source the name of the document
     * @param path the path of the node
     * @param node the node
     * @return the object
     * @throws JsonInputException if the node is not an object
     */
    public static JsonObject of(String source, String path, JsonNode node) {
        if (!node.isObject()) {
            throw new JsonInputException(
                    source, path, Reason.WRONG_TYPE, "Expected an object, found " + kind(node));
        }
        return new JsonObject(source, path, node);
    }

    /**
     * Returns the path of this object.
     *
     * @return the JSON path
     */
    public String path() {
        return path;
    }

    /**
     * Returns the source of the document.
     *
     * @return the source name
     */
    public String source() {
        return source;
    }

    /**
     * Returns the path of a property of this object.
     *
     * @param name the property name
     * @return the JSON path of the property
     */
    public String pathOf(String name) {
        return child(path, name);
    }

    /**
     * Tells whether the property is present and not null.
     *
     * @param name the property name
     * @return true if present
     */
    public boolean has(String name) {
        JsonNode value = node.get(name);
        return value != null && !value.isNull();
    }

    /**
     * Returns the names of the properties, in document order.
     *
     * @return the names
     */
    public List<String> names() {
        return List.copyOf(node.propertyNames());
    }

    /**
     * Reads a required string.
     *
     * @param name the property name
     * @return the string
     * @throws JsonInputException if missing, not a string or blank
     */
    public String string(String name) {
        String value = optString(name);
        if (value == null) {
            throw missing(name);
        }
        if (value.isBlank()) {
            throw error(name, Reason.INVALID_VALUE, "Must not be blank");
        }
        return value;
    }

    /**
     * Reads an optional string.
     *
     * @param name the property name
     * @return the string, or null if absent
     * @throws JsonInputException if present and not a string
     */
    public @Nullable String optString(String name) {
        JsonNode value = take(name);
        if (value == null) {
            return null;
        }
        if (!value.isString()) {
            throw wrongType(name, "a string", value);
        }
        return value.stringValue();
    }

    /**
     * Reads an optional boolean.
     *
     * @param name the property name
     * @param absent the value when absent
     * @return the boolean
     * @throws JsonInputException if present and not a boolean
     */
    public boolean bool(String name, boolean absent) {
        JsonNode value = take(name);
        if (value == null) {
            return absent;
        }
        if (!value.isBoolean()) {
            throw wrongType(name, "true or false", value);
        }
        return value.booleanValue();
    }

    /**
     * Reads a required whole number within bounds.
     *
     * @param name the property name
     * @param min the smallest value accepted
     * @param max the largest value accepted
     * @return the number
     * @throws JsonInputException if missing, not a whole number or out of bounds
     */
    public int integer(String name, int min, int max) {
        Integer value = optInteger(name, min, max);
        if (value == null) {
            throw missing(name);
        }
        return value;
    }

    /**
     * Reads an optional whole number within bounds.
     *
     * @param name the property name
     * @param min the smallest value accepted
     * @param max the largest value accepted
     * @return the number, or null if absent
     * @throws JsonInputException if present and not a whole number, or out of bounds
     */
    public @Nullable Integer optInteger(String name, int min, int max) {
        JsonNode value = take(name);
        if (value == null) {
            return null;
        }
        if (!value.isNumber()) {
            throw wrongType(name, "a whole number", value);
        }
        BigDecimal decimal = value.decimalValue();
        if (decimal.scale() > 0 && decimal.stripTrailingZeros().scale() > 0) {
            throw wrongType(name, "a whole number", value);
        }
        if (decimal.compareTo(BigDecimal.valueOf(min)) < 0
                || decimal.compareTo(BigDecimal.valueOf(max)) > 0) {
            throw error(name, Reason.INVALID_VALUE, "Must be from " + min + " to " + max);
        }
        return decimal.intValue();
    }

    /**
     * Reads an enumerated value written in lower case with hyphens, such as {@code public-task}.
     *
     * @param <E> the enumeration
     * @param name the property name
     * @param type the enumeration's class
     * @return the constant
     * @throws JsonInputException if missing or not one of the constants
     */
    public <E extends Enum<E>> E enumValue(String name, Class<E> type) {
        String text = string(name);
        for (E constant : type.getEnumConstants()) {
            if (wire(constant).equals(text)) {
                return constant;
            }
        }
        List<String> allowed =
                Arrays.stream(type.getEnumConstants()).map(JsonObject::wire).toList();
        throw error(name, Reason.INVALID_VALUE, "Expected one of " + String.join(", ", allowed));
    }

    /**
     * Writes an enumerated constant as the formats do: lower case with hyphens.
     *
     * @param constant the constant
     * @return its name in the format, such as {@code public-task}
     */
    public static String wire(Enum<?> constant) {
        return constant.name().toLowerCase(Locale.ROOT).replace('_', '-');
    }

    /**
     * Reads a required object.
     *
     * @param name the property name
     * @return the object
     * @throws JsonInputException if missing or not an object
     */
    public JsonObject object(String name) {
        JsonObject value = optObject(name);
        if (value == null) {
            throw missing(name);
        }
        return value;
    }

    /**
     * Reads an optional object.
     *
     * @param name the property name
     * @return the object, or null if absent
     * @throws JsonInputException if present and not an object
     */
    public @Nullable JsonObject optObject(String name) {
        JsonNode value = take(name);
        return value == null ? null : of(source, pathOf(name), value);
    }

    /**
     * Reads an array of objects; absent means empty.
     *
     * @param name the property name
     * @return the objects, in order
     * @throws JsonInputException if present and not an array of objects
     */
    public List<JsonObject> objects(String name) {
        List<JsonObject> result = new ArrayList<>();
        List<JsonNode> items = array(name);
        for (int i = 0; i < items.size(); i++) {
            result.add(of(source, pathOf(name) + "[" + i + "]", items.get(i)));
        }
        return result;
    }

    /**
     * Reads an array of strings; absent means empty.
     *
     * @param name the property name
     * @return the strings, in order
     * @throws JsonInputException if present and not an array of strings
     */
    public List<String> strings(String name) {
        List<String> result = new ArrayList<>();
        List<JsonNode> items = array(name);
        for (int i = 0; i < items.size(); i++) {
            JsonNode item = items.get(i);
            if (!item.isString()) {
                throw new JsonInputException(
                        source,
                        pathOf(name) + "[" + i + "]",
                        Reason.WRONG_TYPE,
                        "Expected a string, found " + kind(item));
            }
            result.add(item.stringValue());
        }
        return result;
    }

    /**
     * Reads a required text in French and English: {@code {"fr": "...", "en": "..."}}.
     *
     * @param name the property name
     * @return the text
     * @throws JsonInputException if missing or not of that shape
     */
    public LocalizedText text(String name) {
        LocalizedText value = optText(name);
        if (value == null) {
            throw missing(name);
        }
        return value;
    }

    /**
     * Reads an optional text in French and English.
     *
     * @param name the property name
     * @return the text, or null if absent
     * @throws JsonInputException if present and not of that shape
     */
    public @Nullable LocalizedText optText(String name) {
        JsonObject text = optObject(name);
        if (text == null) {
            return null;
        }
        LocalizedText result = new LocalizedText(text.string("fr"), text.string("en"));
        text.end();
        return result;
    }

    /**
     * Reads a property as a raw node, for a reader that handles its shape itself.
     *
     * @param name the property name
     * @return the node, or null if absent
     */
    public @Nullable JsonNode raw(String name) {
        return take(name);
    }

    /**
     * Marks the end of reading: every property must have been read.
     *
     * @throws JsonInputException naming the first property that was not read
     */
    public void end() {
        for (String name : node.propertyNames()) {
            if (!read.contains(name)) {
                throw new JsonInputException(
                        source,
                        pathOf(name),
                        Reason.UNKNOWN_PROPERTY,
                        "Unknown property; this object accepts " + String.join(", ", read));
            }
        }
    }

    /**
     * Builds an error about a property of this object.
     *
     * @param name the property name
     * @param reason the reason
     * @param detail what is wrong, without the value
     * @return the exception, to throw
     */
    public JsonInputException error(String name, Reason reason, String detail) {
        return new JsonInputException(source, pathOf(name), reason, detail);
    }

    /**
     * Builds an error about this object as a whole.
     *
     * @param reason the reason
     * @param detail what is wrong, without the value
     * @return the exception, to throw
     */
    public JsonInputException error(Reason reason, String detail) {
        return new JsonInputException(source, path, reason, detail);
    }

    private List<JsonNode> array(String name) {
        JsonNode value = take(name);
        if (value == null) {
            return List.of();
        }
        if (!value.isArray()) {
            throw wrongType(name, "an array", value);
        }
        List<JsonNode> items = new ArrayList<>(value.size());
        for (int i = 0; i < value.size(); i++) {
            items.add(value.get(i));
        }
        return items;
    }

    private @Nullable JsonNode take(String name) {
        read.add(name);
        JsonNode value = node.get(name);
        return value == null || value.isNull() ? null : value;
    }

    private JsonInputException missing(String name) {
        return error(name, Reason.MISSING_PROPERTY, "Required property is missing");
    }

    private JsonInputException wrongType(String name, String expected, JsonNode found) {
        return error(name, Reason.WRONG_TYPE, "Expected " + expected + ", found " + kind(found));
    }

    /**
     * Names the JSON type of a node, for messages.
     *
     * @param node the node
     * @return a word such as "a string" or "an array"
     */
    public static String kind(JsonNode node) {
        if (node.isObject()) {
            return "an object";
        } else if (node.isArray()) {
            return "an array";
        } else if (node.isString()) {
            return "a string";
        } else if (node.isNumber()) {
            return "a number";
        } else if (node.isBoolean()) {
            return "a boolean";
        }
        return "null";
    }

    /**
     * Returns the path of a property below a path, quoting names that are not plain words.
     *
     * @param parent the parent path
     * @param name the property name
     * @return the child path
     */
    public static String child(String parent, String name) {
        if (PLAIN_NAME.matcher(name).matches()) {
            return parent + "." + name;
        }
        StringBuilder safe = new StringBuilder();
        name.codePoints()
                .limit(40)
                .forEach(
                        cp -> {
                            if (Character.isISOControl(cp)
                                    || Character.getType(cp) == Character.FORMAT
                                    || Character.getType(cp) == Character.SURROGATE
                                    || cp == '\''
                                    || cp == '\\') {
                                safe.append('?');
                            } else {
                                safe.appendCodePoint(cp);
                            }
                        });
        if (name.codePointCount(0, name.length()) > 40) {
            safe.append('…');
        }
        return parent + "['" + safe + "']";
    }
}
