package io.portail.privacy.json;

import static java.util.Objects.requireNonNull;

import java.util.OptionalInt;

/**
 * A JSON document that cannot be read: malformed, too large or too deep, or not of the expected
 * shape.
 *
 * <p>The message names the source (a file name, say) and the path in the document, never the values
 * it holds, so that it can be logged and shown to the developer safely. It is written in English,
 * for developers: to tell a resident what is wrong, in their language, use the {@link #reason()},
 * the {@link #path()}, and the {@link #line()} and {@link #column()} where the parser stopped when
 * they are known. These carry no value from the document either.
 */
public final class JsonInputException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    /** Why a document was refused. */
    public enum Reason {
        /** Not JSON: a syntax error or a truncated document. */
        MALFORMED,
        /** Over a limit: nesting depth, document size, string or number length. */
        TOO_LARGE,
        /** A property the format does not know. */
        UNKNOWN_PROPERTY,
        /** A required property is missing. */
        MISSING_PROPERTY,
        /** A value of the wrong JSON type. */
        WRONG_TYPE,
        /** A value of the right type that the format does not accept. */
        INVALID_VALUE,
        /** Nothing at all, or nothing but white space. Before it was added, {@link #MALFORMED}. */
        EMPTY,
        /**
         * A property given twice in the same object: which of the two is meant is unknown. Before
         * it was added, {@link #MALFORMED}.
         */
        REPEATED_PROPERTY
    }

    private final String source;
    private final String path;
    private final Reason reason;
    private final String detail;
    private final int line;
    private final int column;

    /**
     * Creates the exception, with no line and column known.
     *
     * @param source the name of the document, such as its file name
     * @param path the JSON path of the offending part, {@code $} for the whole document
     * @param reason why the document was refused
     * @param detail what is wrong, without any value from the document
     */
    public JsonInputException(String source, String path, Reason reason, String detail) {
        this(source, path, reason, detail, -1, -1);
    }

    /**
     * Creates the exception, with the place in the text where the parser stopped.
     *
     * @param source the name of the document, such as its file name
     * @param path the JSON path of the offending part, {@code $} for the whole document
     * @param reason why the document was refused
     * @param detail what is wrong, without any value from the document
     * @param line the line where the parser stopped, from 1, or -1 if unknown
     * @param column the column where the parser stopped, from 1, or -1 if unknown; known only with
     *     a line
     * @throws IllegalArgumentException if the line or the column is neither positive nor -1, or if
     *     the column is known but not the line
     */
    public JsonInputException(
            String source, String path, Reason reason, String detail, int line, int column) {
        super(source + ": " + path + ": " + detail);
        this.source = requireNonNull(source, "source");
        this.path = requireNonNull(path, "path");
        this.reason = requireNonNull(reason, "reason");
        this.detail = requireNonNull(detail, "detail");
        if (line == 0 || line < -1 || column == 0 || column < -1) {
            throw new IllegalArgumentException(
                    "A line and a column are positive, or -1 if unknown: " + line + ", " + column);
        }
        if (line == -1 && column != -1) {
            throw new IllegalArgumentException("A column is known only with its line: " + column);
        }
        this.line = line;
        this.column = column;
    }

    /**
     * Returns the name of the document.
     *
     * @return the source name
     */
    public String source() {
        return source;
    }

    /**
     * Returns the JSON path of the offending part.
     *
     * @return the path, {@code $} for the whole document
     */
    public String path() {
        return path;
    }

    /**
     * Returns why the document was refused.
     *
     * @return the reason
     */
    public Reason reason() {
        return reason;
    }

    /**
     * Returns what is wrong, as the message says it after the source and the path: a developer's
     * text, in English, without any value from the document.
     *
     * @return the detail
     */
    public String detail() {
        return detail;
    }

    /**
     * Returns the same refusal placed at a line and column of the text, with this exception as its
     * cause: for a reader that knows where it stopped when a refusal made without a place reaches
     * it.
     *
     * @param line the line where the parser stopped, from 1
     * @param column the column where the parser stopped, from 1, or -1 if unknown
     * @return the exception placed
     * @throws IllegalArgumentException if the line or the column is out of range
     */
    public JsonInputException placedAt(int line, int column) {
        if (line < 1) {
            throw new IllegalArgumentException("A line is positive: " + line);
        }
        JsonInputException placed =
                new JsonInputException(source, path, reason, detail, line, column);
        placed.initCause(this);
        return placed;
    }

    /**
     * Returns the line of the text where the parser stopped, when it is known: a document that is
     * not well-formed JSON has one, and so has a document read token by token that a reading
     * refused (an unknown key, a value of the wrong type), where the reading stopped; a document
     * refused once read into a tree is located by its {@link #path()} only.
     *
     * @return the line, from 1, or empty if unknown
     */
    public OptionalInt line() {
        return line == -1 ? OptionalInt.empty() : OptionalInt.of(line);
    }

    /**
     * Returns the column of the text where the parser stopped, when it is known, in characters for
     * a document read from a string and in bytes for one read from bytes.
     *
     * @return the column, from 1, or empty if unknown; never known without the {@link #line()}
     */
    public OptionalInt column() {
        return column == -1 ? OptionalInt.empty() : OptionalInt.of(column);
    }
}
