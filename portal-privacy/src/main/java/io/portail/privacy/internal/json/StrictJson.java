package io.portail.privacy.internal.json;

import static java.util.Objects.requireNonNull;

import io.portail.privacy.json.JsonInputException;
import io.portail.privacy.json.JsonInputException.Reason;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.jspecify.annotations.Nullable;
import tools.jackson.core.JacksonException;
import tools.jackson.core.JsonParser;
import tools.jackson.core.ObjectReadContext;
import tools.jackson.core.StreamReadConstraints;
import tools.jackson.core.StreamReadFeature;
import tools.jackson.core.TokenStreamLocation;
import tools.jackson.core.exc.StreamConstraintsException;
import tools.jackson.core.json.JsonFactory;
import tools.jackson.databind.DeserializationFeature;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Reads untrusted JSON into a tree, within limits, and reports every failure as a {@link
 * JsonInputException} naming the source and the path.
 *
 * <p>Only trees are built: the input never chooses a Java type (case F11). Nesting depth, document
 * size, and the length of strings, numbers and names are bounded, so that hostile documents fail
 * fast (cases F09, F10). Duplicate property names are refused. Immutable and thread-safe.
 */
public final class StrictJson {
    /** Deepest nesting accepted: forms and catalogues need far less. */
    public static final int MAX_DEPTH = 64;

    /** Longest string accepted, in characters: a long text answer is a few thousand. */
    public static final int MAX_STRING_LENGTH = 200_000;

    /** Longest number accepted, in characters. */
    public static final int MAX_NUMBER_LENGTH = 40;

    private final JsonFactory factory;
    private final JsonFactory streaming;
    private final JsonMapper mapper;
    private final long maxDocumentBytes;

    /**
     * Builds a value from the tokens of a document, without a tree.
     *
     * @param <T> what is built
     */
    @FunctionalInterface
    public interface Reading<T> {
        /**
         * Reads one value, from the parser's current token (its first) to its last token.
         *
         * <p>The parser refuses a name given twice in the same object, unless the reading is marked
         * by {@link StrictJson#refusingRepeatedNames(Reading)}.
         *
         * @param parser the parser, on the value's first token
         * @return what was built
         * @throws JacksonException if the document is malformed; it becomes a {@link
         *     JsonInputException}
         */
        T read(JsonParser parser);
    }

    /**
     * Marks a reading that refuses a name given twice in every object it reads, by throwing any
     * {@link JsonInputException}: its parser skips the set of names per object that the parser
     * otherwise keeps. When such a reading refuses a document, the document is read again with
     * repeated names refused, and the first of them is reported with its place, as a tree would.
     *
     * @param <T> what is built
     * @param reading a reading that refuses repeated names itself, in every object
     * @return the reading, marked
     * @throws NullPointerException if {@code reading} is null
     */
    public static <T> Reading<T> refusingRepeatedNames(Reading<T> reading) {
        return new RefusingRepeatedNames<>(requireNonNull(reading, "reading"));
    }

    /** A reading marked by {@link #refusingRepeatedNames(Reading)}. */
    private record RefusingRepeatedNames<T>(Reading<T> reading) implements Reading<T> {
        @Override
        public T read(JsonParser parser) {
            return reading.read(parser);
        }
    }

    private StrictJson(long maxDocumentBytes) {
        this.maxDocumentBytes = maxDocumentBytes;
        StreamReadConstraints constraints =
                StreamReadConstraints.builder()
                        .maxNestingDepth(MAX_DEPTH)
                        .maxDocumentLength(maxDocumentBytes)
                        .maxStringLength(MAX_STRING_LENGTH)
                        .maxNumberLength(MAX_NUMBER_LENGTH)
                        .maxNameLength(200)
                        .maxTokenCount(2_000_000)
                        .build();
        this.factory =
                JsonFactory.builder()
                        .streamReadConstraints(constraints)
                        .enable(StreamReadFeature.STRICT_DUPLICATE_DETECTION)
                        .build();
        // Token-by-token readings refuse a repeated name themselves, where they store it, at no
        // cost of their own: the parser's set of the names of each object is left out.
        this.streaming =
                JsonFactory.builder()
                        .streamReadConstraints(constraints)
                        .disable(StreamReadFeature.STRICT_DUPLICATE_DETECTION)
                        .build();
        this.mapper =
                JsonMapper.builder(factory)
                        .enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS)
                        .enable(DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS)
                        .build();
    }

    /**
     * Returns a reader for documents of at most the given size.
     *
     * @param maxDocumentBytes the largest document accepted, in bytes
     * @return the reader
     * @throws IllegalArgumentException if the size is not positive
     */
    public static StrictJson withMaxDocumentBytes(long maxDocumentBytes) {
        if (maxDocumentBytes <= 0) {
            throw new IllegalArgumentException("A document size limit must be positive");
        }
        return new StrictJson(maxDocumentBytes);
    }

    /**
     * Parses a document held in a string.
     *
     * @param source the name of the document, for messages
     * @param json the document
     * @return the root of the tree
     * @throws JsonInputException if the document is empty, malformed or over a limit
     */
    public JsonNode parse(String source, String json) {
        requireNonNull(source, "source");
        requireNonNull(json, "json");
        checkSize(source, json);
        String text = withoutByteOrderMark(json);
        try {
            return root(source, mapper.readTree(text));
        } catch (StreamConstraintsException e) {
            throw tooLargeOrDeep(source, e);
        } catch (JacksonException e) {
            throw malformed(source, e);
        }
    }

    /**
     * Parses a document from a stream, reading at most the size limit plus one byte.
     *
     * @param source the name of the document, for messages
     * @param in the stream, not closed
     * @return the root of the tree
     * @throws JsonInputException if the document is empty, malformed or over a limit
     * @throws UncheckedIOException if the stream cannot be read
     */
    public JsonNode parse(String source, InputStream in) {
        requireNonNull(source, "source");
        requireNonNull(in, "in");
        return read(source, bytes(source, in));
    }

    /**
     * Parses a document from a file; the file's name is the source in messages.
     *
     * @param file the file
     * @return the root of the tree
     * @throws JsonInputException if the document is empty, malformed or over a limit
     * @throws UncheckedIOException if the file cannot be read
     */
    public JsonNode parse(Path file) {
        requireNonNull(file, "file");
        String source = String.valueOf(file.getFileName());
        try (InputStream in = Files.newInputStream(file)) {
            return parse(source, in);
        } catch (IOException e) {
            throw new UncheckedIOException(source + ": cannot be read", e);
        }
    }

    /**
     * Reads a document held in a string token by token, with the limits and errors of {@link
     * #parse(String, String)}: the fastest way to turn a document into a value of one's own.
     *
     * <p>A document that is malformed, over a limit or with a name given twice in an object is
     * reported as such, even where the reading refused something earlier in it, as when a tree is
     * built first: when the reading refuses the document, the document is read again, strictly, and
     * its first such problem wins over the reading's.
     *
     * @param <T> what is built
     * @param source the name of the document, for messages
     * @param json the document
     * @param reading builds the value from the document's one top-level value
     * @return what was built
     * @throws JsonInputException if the document is empty, malformed, over a limit, followed by
     *     more content, or refused by the reading
     */
    public <T> T read(String source, String json, Reading<T> reading) {
        requireNonNull(source, "source");
        requireNonNull(json, "json");
        requireNonNull(reading, "reading");
        checkSize(source, json);
        String text = withoutByteOrderMark(json);
        return stream(
                source,
                () -> factoryFor(reading).createParser(ObjectReadContext.empty(), text),
                () -> factory.createParser(ObjectReadContext.empty(), text),
                reading);
    }

    /**
     * Reads a document from a stream token by token, reading at most the size limit plus one byte,
     * as {@link #read(String, String, Reading)} does.
     *
     * @param <T> what is built
     * @param source the name of the document, for messages
     * @param in the stream, not closed
     * @param reading builds the value from the document's one top-level value
     * @return what was built
     * @throws JsonInputException if the document is empty, malformed, over a limit, followed by
     *     more content, or refused by the reading
     * @throws UncheckedIOException if the stream cannot be read
     */
    public <T> T read(String source, InputStream in, Reading<T> reading) {
        requireNonNull(source, "source");
        requireNonNull(in, "in");
        requireNonNull(reading, "reading");
        byte[] bytes = bytes(source, in);
        if (isBlank(bytes)) {
            throw empty(source);
        }
        return stream(
                source,
                () -> factoryFor(reading).createParser(ObjectReadContext.empty(), bytes),
                () -> factory.createParser(ObjectReadContext.empty(), bytes),
                reading);
    }

    /**
     * Reads a document from a file token by token; the file's name is the source in messages.
     *
     * @param <T> what is built
     * @param file the file
     * @param reading builds the value from the document's one top-level value
     * @return what was built
     * @throws JsonInputException if the document is empty, malformed, over a limit, followed by
     *     more content, or refused by the reading
     * @throws UncheckedIOException if the file cannot be read
     */
    public <T> T read(Path file, Reading<T> reading) {
        requireNonNull(file, "file");
        String source = String.valueOf(file.getFileName());
        try (InputStream in = Files.newInputStream(file)) {
            return read(source, in, reading);
        } catch (IOException e) {
            throw new UncheckedIOException(source + ": cannot be read", e);
        }
    }

    /** Opens a parser; a named type so that the lambdas above may throw Jackson's exceptions. */
    @FunctionalInterface
    private interface Opening {
        JsonParser open();
    }

    /** The parser factory of a reading: without the name sets for a reading that keeps its own. */
    private JsonFactory factoryFor(Reading<?> reading) {
        return reading instanceof RefusingRepeatedNames ? streaming : factory;
    }

    private <T> T stream(String source, Opening opening, Opening strict, Reading<T> reading) {
        try (JsonParser parser = opening.open()) {
            if (parser.nextToken() == null) {
                throw empty(source);
            }
            T value;
            try {
                value = reading.read(parser);
            } catch (JsonInputException refused) {
                // As with a tree, a document that is malformed, over a limit or with a name given
                // twice is reported as such wherever the problem lies: the whole document is read
                // again, strictly, before the refusal stands. Only a refused document pays it.
                check(source, strict);
                throw placed(refused, parser.currentTokenLocation());
            }
            if (parser.nextToken() != null) {
                throw malformedAt(source, parser.currentTokenLocation());
            }
            return value;
        } catch (StreamConstraintsException e) {
            throw tooLargeOrDeep(source, e);
        } catch (JacksonException e) {
            throw malformed(source, e);
        }
    }

    /**
     * A reading's refusal placed where the reading stopped, on the token it refused (an unknown
     * key, a value of the wrong type), unless it was placed already or the place is unknown.
     */
    private static JsonInputException placed(
            JsonInputException refused, @Nullable TokenStreamLocation location) {
        if (refused.line().isPresent() || location == null || location.getLineNr() < 1) {
            return refused;
        }
        int column = location.getColumnNr();
        return refused.placedAt(location.getLineNr(), column < 1 ? -1 : column);
    }

    /** Reads every token of a document with duplicate names refused, building nothing. */
    private static void check(String source, Opening strict) {
        try (JsonParser parser = strict.open()) {
            parser.nextToken();
            parser.skipChildren();
            if (parser.nextToken() != null) {
                throw malformedAt(source, parser.currentTokenLocation());
            }
        } catch (StreamConstraintsException e) {
            throw tooLargeOrDeep(source, e);
        } catch (JacksonException e) {
            throw malformed(source, e);
        }
    }

    /**
     * A document read from bytes may start with the UTF-8 byte-order mark, which the parser skips;
     * the same document decoded into a string starts with U+FEFF, skipped here alike.
     */
    private static String withoutByteOrderMark(String json) {
        return json.startsWith("\uFEFF") ? json.substring(1) : json;
    }

    private void checkSize(String source, String json) {
        if (json.length() > maxDocumentBytes) {
            throw tooLarge(source);
        }
        // A character takes at most three bytes in UTF-8 (a surrogate pair, two characters, takes
        // four): only a document near the limit needs encoding to be measured.
        if (json.length() * 3L > maxDocumentBytes
                && json.getBytes(StandardCharsets.UTF_8).length > maxDocumentBytes) {
            throw tooLarge(source);
        }
        if (json.isBlank()) {
            throw empty(source);
        }
    }

    private byte[] bytes(String source, InputStream in) {
        byte[] bytes;
        try {
            bytes = in.readNBytes((int) Math.min(Integer.MAX_VALUE - 8, maxDocumentBytes + 1));
        } catch (IOException e) {
            throw new UncheckedIOException(source + ": cannot be read", e);
        }
        if (bytes.length > maxDocumentBytes) {
            throw tooLarge(source);
        }
        return bytes;
    }

    private static boolean isBlank(byte[] bytes) {
        return bytes.length == 0 || new String(bytes, StandardCharsets.UTF_8).isBlank();
    }

    private JsonNode read(String source, byte[] bytes) {
        if (isBlank(bytes)) {
            throw empty(source);
        }
        try {
            return root(source, mapper.readTree(bytes));
        } catch (StreamConstraintsException e) {
            throw tooLargeOrDeep(source, e);
        } catch (JacksonException e) {
            throw malformed(source, e);
        }
    }

    private static JsonNode root(String source, @Nullable JsonNode root) {
        if (root == null || root.isMissingNode()) {
            throw empty(source);
        }
        return root;
    }

    private static JsonInputException empty(String source) {
        return new JsonInputException(source, "$", Reason.EMPTY, "The document is empty");
    }

    private static JsonInputException malformed(String source, JacksonException e) {
        // A repeated key is named as such, but not repeated: it is the sender's text.
        boolean duplicate = String.valueOf(e.getOriginalMessage()).startsWith("Duplicate Object");
        return duplicate
                ? located(
                        source,
                        Reason.REPEATED_PROPERTY,
                        "A key appears twice in the same object, at ",
                        e.getLocation())
                : located(source, Reason.MALFORMED, "Not well-formed JSON at ", e.getLocation());
    }

    private static JsonInputException malformedAt(
            String source, @Nullable TokenStreamLocation location) {
        return located(source, Reason.MALFORMED, "Not well-formed JSON at ", location);
    }

    /** A refused document, with the line and column where the parser stopped when known. */
    private static JsonInputException located(
            String source, Reason reason, String what, @Nullable TokenStreamLocation location) {
        int line = -1;
        int column = -1;
        if (location != null && location.getLineNr() >= 1) {
            line = location.getLineNr();
            column = location.getColumnNr() >= 1 ? location.getColumnNr() : -1;
        }
        String at =
                line == -1
                        ? "an unknown place"
                        : "line " + line + (column == -1 ? "" : ", column " + column);
        return new JsonInputException(source, "$", reason, what + at, line, column);
    }

    private static JsonInputException tooLargeOrDeep(String source, StreamConstraintsException e) {
        String what = String.valueOf(e.getOriginalMessage());
        String detail;
        if (what.contains("NestingDepth")) {
            detail = "Nested deeper than the limit of " + MAX_DEPTH + " levels";
        } else if (what.contains("NumberLength")) {
            detail = "A number is longer than the limit of " + MAX_NUMBER_LENGTH + " characters";
        } else if (what.contains("StringLength")) {
            detail = "A string is longer than the limit of " + MAX_STRING_LENGTH + " characters";
        } else if (what.contains("NameLength")) {
            detail = "A property name is longer than the limit";
        } else {
            detail = "The document is over the size limit";
        }
        return new JsonInputException(source, "$", Reason.TOO_LARGE, detail);
    }

    private JsonInputException tooLarge(String source) {
        return new JsonInputException(
                source,
                "$",
                Reason.TOO_LARGE,
                "The document is larger than the limit of " + maxDocumentBytes + " bytes");
    }
}
