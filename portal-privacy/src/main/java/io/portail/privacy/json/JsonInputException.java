package io.portail.privacy.json;

import static java.util.Objects.requireNonNull;

/**
 * A JSON document that cannot be read: malformed, too large or too deep, or not of the expected
 * shape.
 *
 * <p>The message names the source (a file name, say) and the path in the document, never the values
 * it holds, so that it can be logged and shown to the developer safely.
 */
public final class JsonInputException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    /** Why a document was refused. */
    public enum Reason {
        /** Not JSON: a syntax error, a truncated document, or nothing at all. */
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
        INVALID_VALUE
    }

    private final String source;
    private final String path;
    private final Reason reason;

    /**
     * Creates the exception.
     *
     * @param source the name of the document, such as its file name
     * @param path the JSON path of the offending part, {@code $} for the whole document
     * @param reason why the document was refused
     * @param detail what is wrong, without any value from the document
     */
    public JsonInputException(String source, String path, Reason reason, String detail) {
        super(source + ": " + path + ": " + detail);
        this.source = requireNonNull(source, "source");
        this.path = requireNonNull(path, "path");
        this.reason = requireNonNull(reason, "reason");
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
}
