package io.portail.forms.json;

import static java.util.Objects.requireNonNull;

import io.portail.forms.definition.Field;
import io.portail.forms.definition.FieldType;
import io.portail.forms.definition.FormDefinition;
import io.portail.forms.internal.definition.Ids;
import io.portail.forms.internal.definition.Positions;
import io.portail.forms.internal.validation.AnswersAccess;
import io.portail.forms.validation.Answers;
import io.portail.forms.validation.RawAnswer;
import io.portail.privacy.internal.json.StrictJson;
import io.portail.privacy.json.JsonInputException;
import io.portail.privacy.json.JsonInputException.Reason;
import java.io.InputStream;
import java.math.BigDecimal;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.jspecify.annotations.Nullable;
import tools.jackson.core.JsonParser;
import tools.jackson.core.JsonToken;

/**
 * Reads a resident's answers to one form from JSON, in one pass over the document's tokens.
 *
 * <p>The format and its checks are those of {@link AnswersJson}: a JSON object keyed by field id,
 * each answer of the shape its field's type takes; a key that is not a field of the form, or an
 * answer of the wrong shape, is refused with its path; limits on size and depth apply (cases F09,
 * F10) and the input never chooses a Java type (case F11). No tree is built: the answers are made
 * as the tokens arrive. A malformed document, one over a limit or one with a key given twice in an
 * object is reported as such, with the place of its first such problem, before any other problem in
 * it.
 *
 * <p>A reader holds what it needs to know of its form, looked up once; make one per form version
 * and keep it. Immutable and thread-safe.
 */
public final class AnswersReader {
    private static final StrictJson JSON = StrictJson.withMaxDocumentBytes(1L << 20);

    private final FormDefinition form;
    private final Level fields;
    private final Map<String, Level> groupFields;

    /**
     * The fields of one level of the form, the top or a group, by position: the position of a name
     * read tells a name given twice in the same object at the cost of a flag. Answers are keyed by
     * the field's own id rather than by the name read, so that the validator finds each one by
     * identity.
     */
    private static final class Level {
        final Field[] fields;
        final Positions positions;

        Level(List<Field> fields) {
            this.fields = fields.toArray(new Field[0]);
            this.positions = Positions.ofFields(this.fields);
        }
    }

    /**
     * Where an answer is read: the top of the document, or an occurrence of a group. Its path is
     * written only for a message, so that reading a valid document builds no path.
     */
    private record Place(@Nullable Field group, int index) {
        static final Place TOP = new Place(null, -1);

        String path() {
            return group == null ? "$" : child("$", group.id()) + "[" + index + "]";
        }
    }

    /**
     * Prepares a reader of answers to a form.
     *
     * @param form the form the answers are for
     * @throws NullPointerException if {@code form} is null
     */
    public AnswersReader(FormDefinition form) {
        this.form = requireNonNull(form, "form");
        List<Field> top = form.fields();
        Map<String, Level> groups = new HashMap<>();
        for (Field field : top) {
            if (field.type() instanceof FieldType.Group) {
                groups.put(field.id(), new Level(((FieldType.Group) field.type()).fields()));
            }
        }
        this.fields = new Level(top);
        this.groupFields = Map.copyOf(groups);
    }

    /**
     * Returns the form this reader reads answers to.
     *
     * @return the form
     */
    public FormDefinition form() {
        return form;
    }

    /**
     * Reads answers from a string.
     *
     * @param source the name of the document, for messages
     * @param json the document
     * @return the answers, not yet checked
     * @throws JsonInputException naming the source and the path of the first problem
     */
    public Answers read(String source, String json) {
        requireNonNull(source, "source");
        return JSON.read(
                source, json, StrictJson.refusingRepeatedNames(parser -> answers(source, parser)));
    }

    /**
     * Reads answers from a stream.
     *
     * @param source the name of the document, for messages
     * @param in the stream, not closed
     * @return the answers, not yet checked
     * @throws JsonInputException naming the source and the path of the first problem
     * @throws java.io.UncheckedIOException if the stream cannot be read
     */
    public Answers read(String source, InputStream in) {
        requireNonNull(source, "source");
        return JSON.read(
                source, in, StrictJson.refusingRepeatedNames(parser -> answers(source, parser)));
    }

    /**
     * Reads answers from a file; the file's name is the source in messages.
     *
     * @param file the file
     * @return the answers, not yet checked
     * @throws JsonInputException naming the file and the path of the first problem
     * @throws java.io.UncheckedIOException if the file cannot be read
     */
    public Answers read(Path file) {
        requireNonNull(file, "file");
        String source = String.valueOf(file.getFileName());
        return JSON.read(file, StrictJson.refusingRepeatedNames(parser -> answers(source, parser)));
    }

    @Override
    public String toString() {
        return "AnswersReader[" + form.id() + " v" + form.version() + "]";
    }

    private Answers answers(String source, JsonParser parser) {
        if (parser.currentToken() != JsonToken.START_OBJECT) {
            throw new JsonInputException(
                    source,
                    "$",
                    Reason.WRONG_TYPE,
                    "Expected an object of answers keyed by field id, found "
                            + kind(parser.currentToken()));
        }
        @Nullable RawAnswer[] byPosition = new RawAnswer[fields.fields.length];
        boolean[] seen = new boolean[fields.fields.length];
        for (String name = parser.nextName(); name != null; name = parser.nextName()) {
            int position = fields.positions.of(name);
            if (position < 0) {
                throw new JsonInputException(
                        source,
                        unknownKey("$", name),
                        Reason.UNKNOWN_PROPERTY,
                        "Not a field of form "
                                + form.id()
                                + " version "
                                + form.version()
                                + suggestion(name, fields.fields));
            }
            repeated(source, seen, position);
            Field field = fields.fields[position];
            RawAnswer answer = answer(source, Place.TOP, parser.nextToken(), parser, field);
            byPosition[position] = answer;
        }
        return AnswersAccess.make(form, fields.fields, fields.positions, byPosition);
    }

    /**
     * Reads the answer to one field, from its first token, refusing a shape the field's type does
     * not take; null for a JSON null. The path of the field is built only for a message.
     */
    private @Nullable RawAnswer answer(
            String source, Place parent, JsonToken token, JsonParser parser, Field field) {
        FieldType type = field.type();
        if (token == JsonToken.VALUE_NULL) {
            return null;
        }
        if (type instanceof FieldType.Display) {
            throw new JsonInputException(
                    source,
                    child(parent.path(), field.id()),
                    Reason.UNKNOWN_PROPERTY,
                    "A display-only field takes no answer");
        } else if (type instanceof FieldType.Address) {
            if (token != JsonToken.START_OBJECT) {
                throw wrongType(
                        source,
                        child(parent.path(), field.id()),
                        "Expected an object with " + names(FieldType.Address.PARTS) + ",",
                        token);
            }
            return parts(source, parent, field, parser, FieldType.Address.PARTS, false);
        } else if (type instanceof FieldType.Attachment) {
            if (token == JsonToken.START_ARRAY) {
                List<RawAnswer> files = new ArrayList<>();
                for (JsonToken item = parser.nextToken();
                        item != JsonToken.END_ARRAY;
                        item = parser.nextToken()) {
                    files.add(fileDescription(source, parent, field, files.size(), item, parser));
                }
                return new RawAnswer.Items(files);
            }
            return fileDescription(source, parent, field, -1, token, parser);
        } else if (type instanceof FieldType.GeoPoint) {
            if (token != JsonToken.START_OBJECT) {
                throw wrongType(
                        source,
                        child(parent.path(), field.id()),
                        expectedParts(what(type), FieldType.GeoPoint.PARTS),
                        token);
            }
            return parts(source, parent, field, parser, FieldType.GeoPoint.PARTS, true);
        } else if (type instanceof FieldType.Group) {
            return group(source, token, parser, field);
        } else if (token == JsonToken.START_ARRAY && type instanceof FieldType.MultipleChoice) {
            return choices(source, parent, field, parser);
        } else if (token == JsonToken.START_OBJECT
                || token == JsonToken.START_ARRAY
                || (isBoolean(token) && !(type instanceof FieldType.YesNo))
                || (isNumber(token) && !isNumeric(type))) {
            throw wrongType(source, child(parent.path(), field.id()), expected(type), token);
        }
        return scalar(token, parser);
    }

    /** The codes ticked in a multiple choice: an array of strings. */
    private static RawAnswer choices(String source, Place parent, Field field, JsonParser parser) {
        List<RawAnswer> codes = new ArrayList<>();
        for (JsonToken item = parser.nextToken();
                item != JsonToken.END_ARRAY;
                item = parser.nextToken()) {
            if (item != JsonToken.VALUE_STRING) {
                throw wrongType(
                        source,
                        child(parent.path(), field.id()) + "[" + codes.size() + "]",
                        "Expected a string,",
                        item);
            }
            codes.add(new RawAnswer.Text(parser.getString()));
        }
        return new RawAnswer.Items(codes);
    }

    /** What a field of a type other than an address, a file, a point or a group takes. */
    private static String expected(FieldType type) {
        if (type instanceof FieldType.MultipleChoice) {
            return "Expected a string or an array of strings,";
        } else if (type instanceof FieldType.YesNo) {
            return "Expected a boolean or a string,";
        } else if (isNumeric(type)) {
            return "Expected a number or a string,";
        }
        return "Expected a string,";
    }

    private static boolean isBoolean(JsonToken token) {
        return token == JsonToken.VALUE_TRUE || token == JsonToken.VALUE_FALSE;
    }

    private static boolean isNumber(JsonToken token) {
        return token == JsonToken.VALUE_NUMBER_INT || token == JsonToken.VALUE_NUMBER_FLOAT;
    }

    /** A repeatable group: an array of objects keyed by the ids of the group's fields. */
    private RawAnswer group(String source, JsonToken token, JsonParser parser, Field field) {
        if (token != JsonToken.START_ARRAY) {
            throw wrongType(
                    source,
                    child("$", field.id()),
                    "Expected an array of objects keyed by the ids of the group's fields,",
                    token);
        }
        Level own = groupFields.get(field.id());
        List<RawAnswer> occurrences = new ArrayList<>();
        for (JsonToken item = parser.nextToken();
                item != JsonToken.END_ARRAY;
                item = parser.nextToken()) {
            Place place = new Place(field, occurrences.size());
            if (item != JsonToken.START_OBJECT) {
                throw wrongType(
                        source,
                        place.path(),
                        "Expected an object keyed by the ids of the group's fields,",
                        item);
            }
            String[] ids = new String[own.fields.length];
            RawAnswer[] answers = new RawAnswer[own.fields.length];
            int kept = 0;
            boolean[] seen = new boolean[own.fields.length];
            for (String name = parser.nextName(); name != null; name = parser.nextName()) {
                int at = own.positions.of(name);
                if (at < 0) {
                    throw new JsonInputException(
                            source,
                            unknownKey(place.path(), name),
                            Reason.UNKNOWN_PROPERTY,
                            "Not a field of group " + field.id() + suggestion(name, own.fields));
                }
                repeated(source, seen, at);
                Field child = own.fields[at];
                RawAnswer answer = answer(source, place, parser.nextToken(), parser, child);
                if (answer != null) {
                    ids[kept] = child.id();
                    answers[kept++] = answer;
                }
            }
            occurrences.add(group(ids, answers, kept));
        }
        return new RawAnswer.Items(occurrences);
    }

    /** A file description, alone ({@code index} -1) or the item {@code index} of a list. */
    private static RawAnswer fileDescription(
            String source,
            Place parent,
            Field field,
            int index,
            JsonToken token,
            JsonParser parser) {
        if (token != JsonToken.START_OBJECT) {
            throw wrongType(
                    source,
                    item(child(parent.path(), field.id()), index),
                    expectedParts(what(field.type()), FieldType.Attachment.PARTS),
                    token);
        }
        return parts(source, parent, field, index, parser, FieldType.Attachment.PARTS, true);
    }

    private static RawAnswer parts(
            String source,
            Place parent,
            Field field,
            JsonParser parser,
            Set<String> names,
            boolean numbers) {
        return parts(source, parent, field, -1, parser, names, numbers);
    }

    /**
     * Reads an object of named parts, from its first token: each name one of {@code names}, each
     * value a string (or a number too, if {@code numbers}) or null.
     */
    private static RawAnswer parts(
            String source,
            Place parent,
            Field field,
            int index,
            JsonParser parser,
            Set<String> names,
            boolean numbers) {
        String[] seen = new String[names.size()];
        int count = 0;
        String[] kept = new String[names.size()];
        RawAnswer[] values = new RawAnswer[names.size()];
        int size = 0;
        for (String name = parser.nextName(); name != null; name = parser.nextName()) {
            for (int i = 0; i < count; i++) {
                if (seen[i].equals(name)) {
                    throw twice(source);
                }
            }
            if (!names.contains(name)) {
                throw new JsonInputException(
                        source,
                        unknownKey(item(child(parent.path(), field.id()), index), name),
                        Reason.UNKNOWN_PROPERTY,
                        field.type() instanceof FieldType.Address
                                ? "Not a part of an address; use " + names(names)
                                : "Not a part of " + what(field.type()) + "; use " + names(names));
            }
            seen[count++] = name;
            JsonToken token = parser.nextToken();
            boolean number =
                    token == JsonToken.VALUE_NUMBER_INT || token == JsonToken.VALUE_NUMBER_FLOAT;
            if (token == JsonToken.VALUE_NULL) {
                continue;
            }
            if (token != JsonToken.VALUE_STRING && !(numbers && number)) {
                throw wrongType(
                        source,
                        child(item(child(parent.path(), field.id()), index), name),
                        numbers ? "Expected a string or a number," : "Expected a string,",
                        token);
            }
            kept[size] = name;
            values[size++] = scalar(token, parser);
        }
        return group(kept, values, size);
    }

    /**
     * The parts of an object as a group, straight into an immutable map, which the group keeps
     * without copying it again. A name given twice was refused as it was read.
     */
    @SuppressWarnings({"unchecked", "rawtypes"})
    private static RawAnswer group(String[] names, RawAnswer[] values, int size) {
        Map<String, RawAnswer> parts;
        // The few parts of an address, a file or an occurrence need no entry of their own.
        switch (size) {
            case 0:
                parts = Map.of();
                break;
            case 1:
                parts = Map.of(names[0], values[0]);
                break;
            case 2:
                parts = Map.of(names[0], values[0], names[1], values[1]);
                break;
            case 3:
                parts = Map.of(names[0], values[0], names[1], values[1], names[2], values[2]);
                break;
            case 4:
                parts =
                        Map.of(
                                names[0], values[0], names[1], values[1], names[2], values[2],
                                names[3], values[3]);
                break;
            case 5:
                parts =
                        Map.of(
                                names[0], values[0], names[1], values[1], names[2], values[2],
                                names[3], values[3], names[4], values[4]);
                break;
            default:
                Map.Entry[] entries = new Map.Entry[size];
                for (int i = 0; i < size; i++) {
                    entries[i] = Map.entry(names[i], values[i]);
                }
                parts = Map.ofEntries(entries);
        }
        return new RawAnswer.Group(parts);
    }

    /**
     * Flags a field as given; refuses it if it was already. The parser leaves repeated names to the
     * reading ({@link StrictJson.Reading}), which reports them with their place.
     */
    private static void repeated(String source, boolean[] seen, int position) {
        if (seen[position]) {
            throw twice(source);
        }
        seen[position] = true;
    }

    private static JsonInputException twice(String source) {
        return new JsonInputException(
                source, "$", Reason.REPEATED_PROPERTY, "A key appears twice in the same object");
    }

    /** The path of an item of a list, or the path itself for {@code index} -1. */
    private static String item(String path, int index) {
        return index < 0 ? path : path + "[" + index + "]";
    }

    /** What a file description or a point is called in messages. */
    private static String what(FieldType type) {
        return type instanceof FieldType.GeoPoint ? "a point" : "a file description";
    }

    /** A string, number or boolean as text. */
    private static RawAnswer scalar(JsonToken token, JsonParser parser) {
        switch (token) {
            case VALUE_STRING:
                return new RawAnswer.Text(parser.getString());
            case VALUE_TRUE:
                return new RawAnswer.Text("true");
            case VALUE_FALSE:
                return new RawAnswer.Text("false");
            case VALUE_NUMBER_INT:
                // An integer token is already plain digits, with a minus sign at most and no
                // leading zero (RFC 8259 section 6); only minus zero is written as zero.
                String digits = parser.getString();
                return new RawAnswer.Text("-0".equals(digits) ? "0" : digits);
            default:
                // Plain text of an ordinary number; a huge exponent is never expanded:
                // 1e1000000000 stays short and is refused as a wrong format by the field's check
                // (F10).
                BigDecimal number = parser.getDecimalValue();
                int scale = number.scale();
                return new RawAnswer.Text(
                        scale > -20 && scale < 40 ? number.toPlainString() : number.toString());
        }
    }

    /** A JSON number is an answer only to a field that holds a number. */
    private static boolean isNumeric(FieldType type) {
        return type instanceof FieldType.IntegerNumber
                || type instanceof FieldType.DecimalNumber
                || type instanceof FieldType.Amount;
    }

    private static JsonInputException wrongType(
            String source, String path, String expected, JsonToken found) {
        return new JsonInputException(
                source, path, Reason.WRONG_TYPE, expected + " found " + kind(found));
    }

    private static String expectedParts(String what, Set<String> names) {
        return "Expected " + what + ", an object with " + names(names) + ",";
    }

    private static String names(Set<String> names) {
        return String.join(", ", new TreeSet<>(names));
    }

    /** The kind of value a token starts, as messages name it. */
    private static String kind(JsonToken token) {
        switch (token) {
            case START_OBJECT:
                return "an object";
            case START_ARRAY:
                return "an array";
            case VALUE_STRING:
                return "a string";
            case VALUE_NUMBER_INT:
            case VALUE_NUMBER_FLOAT:
                return "a number";
            case VALUE_TRUE:
            case VALUE_FALSE:
                return "a boolean";
            default:
                return "null";
        }
    }

    /**
     * The path of a key that the form does not know: its length only, whatever it looks like. A
     * client may put what a resident typed where ids go (a map keyed by a child's first name, say),
     * and messages must not carry it; a plain-looking key is no safer than any other.
     */
    static String unknownKey(String parent, String name) {
        int length = name.length();
        return parent + "[a key of " + length + (length == 1 ? " character]" : " characters]");
    }

    /** What the message adds about an unknown key: the form's id closest to it, if one is. */
    private static String suggestion(String name, Field[] expected) {
        String closest = Ids.closest(name, expected);
        return closest == null ? "" : "; did you mean \"" + closest + "\"?";
    }

    /** The path of a property: {@code $.name} for a plain name, else the name's length only. */
    static String child(String parent, String name) {
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
        // A name that is not a plain word is not repeated: a misused key may hold what a resident
        // typed (a name, a phone number), and messages must not carry it.
        return plain ? parent + "." + name : parent + "[a key of " + name.length() + " characters]";
    }
}
