package io.portail.forms.json;

import static java.util.Objects.requireNonNull;

import io.portail.forms.definition.FormDefinition;
import io.portail.forms.validation.Answers;
import io.portail.privacy.json.JsonInputException;
import java.io.InputStream;
import java.nio.file.Path;

/**
 * Reads a resident's answers from a JSON object keyed by field id.
 *
 * <p>Texts, numbers and booleans become text answers (the form's checks read them), arrays become
 * lists and objects become groups of parts, such as an address. The shape must suit the field: an
 * address, a point or a file description is an object of its named parts only, a group an array of
 * objects keyed by the group's fields, a display-only field takes no answer. A key that is not a
 * field of the form is refused with its path; the input never chooses a Java type (case F11).
 * Limits on size and depth apply (cases F09, F10). Thread-safe.
 *
 * <p>Each call prepares an {@link AnswersReader} for the form; a program that reads many answers to
 * the same form keeps one reader instead.
 */
public final class AnswersJson {
    private AnswersJson() {}

    /**
     * Returns a reader of answers to a form, to keep and use for every answer to it.
     *
     * @param form the form the answers are for
     * @return the reader
     * @throws NullPointerException if {@code form} is null
     */
    public static AnswersReader reader(FormDefinition form) {
        return new AnswersReader(form);
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
        return reader(form).read(source, json);
    }

    /**
     * Reads answers from a stream.
     *
     * @param source the name of the document, for messages
     * @param in the stream, not closed
     * @param form the form the answers are for
     * @return the answers, not yet checked
     * @throws JsonInputException naming the source and the path of the first problem
     * @throws java.io.UncheckedIOException if the stream cannot be read
     */
    public static Answers read(String source, InputStream in, FormDefinition form) {
        requireNonNull(source, "source");
        return reader(form).read(source, in);
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
        return reader(form).read(file);
    }
}
