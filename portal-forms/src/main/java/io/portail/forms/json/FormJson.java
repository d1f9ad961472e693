package io.portail.forms.json;

import static java.util.Objects.requireNonNull;

import io.portail.forms.definition.FormDefinition;
import io.portail.forms.internal.json.FormReader;
import io.portail.privacy.internal.json.JsonObject;
import io.portail.privacy.internal.json.StrictJson;
import io.portail.privacy.json.JsonInputException;
import java.nio.file.Path;

/**
 * Reads form definitions from JSON documents.
 *
 * <p>The format is documented in {@code portal-forms/README.md}. Unknown properties are refused and
 * every error names the source and the path. Thread-safe.
 */
public final class FormJson {
    private static final StrictJson JSON = StrictJson.withMaxDocumentBytes(4L << 20);

    private FormJson() {}

    /**
     * Reads a form definition from a string.
     *
     * @param source the name of the document, for messages
     * @param json the document
     * @return the definition
     * @throws JsonInputException naming the source and the path of the first problem
     */
    public static FormDefinition read(String source, String json) {
        requireNonNull(source, "source");
        return FormReader.form(JsonObject.root(source, JSON.parse(source, json)));
    }

    /**
     * Reads a form definition from a file.
     *
     * @param file the file
     * @return the definition
     * @throws JsonInputException naming the file and the path of the first problem
     * @throws java.io.UncheckedIOException if the file cannot be read
     */
    public static FormDefinition read(Path file) {
        requireNonNull(file, "file");
        String source = String.valueOf(file.getFileName());
        return FormReader.form(JsonObject.root(source, JSON.parse(file)));
    }
}
