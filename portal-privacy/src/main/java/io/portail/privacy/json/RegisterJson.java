package io.portail.privacy.json;

import static java.util.Objects.requireNonNull;

import io.portail.privacy.category.DataCategory;
import io.portail.privacy.internal.json.JsonObject;
import io.portail.privacy.internal.json.StrictJson;
import io.portail.privacy.json.JsonInputException.Reason;
import io.portail.privacy.purpose.LegalBasis;
import io.portail.privacy.register.ProcessingActivity;
import io.portail.privacy.register.Register;
import io.portail.privacy.retention.FinalAction;
import io.portail.privacy.retention.RetentionRule;
import io.portail.privacy.retention.RetentionTrigger;
import java.io.InputStream;
import java.nio.file.Path;
import java.time.Period;
import java.time.format.DateTimeParseException;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.function.Function;
import tools.jackson.databind.JsonNode;

/**
 * Reads a commune's record of processing activities from JSON.
 *
 * <p>The format, with enumerated values written in lower case with hyphens:
 *
 * <pre>{@code
 * {
 *   "controller": "Commune de Saint-Exemple",
 *   "dpoContact": "dpo@saint-exemple.example",
 *   "activities": [{
 *     "id": "civil-status-certificates",
 *     "name": {"fr": "...", "en": "..."},
 *     "purpose": {"fr": "...", "en": "..."},
 *     "legalBasis": "public-task",
 *     "categories": ["identity", "civil-status"],
 *     "retention": {"trigger": "closure", "period": "P1Y", "finalAction": "delete"}
 *   }]
 * }
 * }</pre>
 *
 * <p>Unknown properties are refused. Thread-safe.
 */
public final class RegisterJson {
    private static final StrictJson JSON = StrictJson.withMaxDocumentBytes(4L << 20);

    private RegisterJson() {}

    /**
     * Reads a record of processing from a file.
     *
     * @param file the file
     * @return the record
     * @throws JsonInputException naming the file and the path of the first problem
     * @throws java.io.UncheckedIOException if the file cannot be read
     */
    public static Register read(Path file) {
        requireNonNull(file, "file");
        return read(String.valueOf(file.getFileName()), JSON.parse(file));
    }

    /**
     * Reads a record of processing from a stream.
     *
     * @param source the name of the document, for messages
     * @param in the stream, not closed
     * @return the record
     * @throws JsonInputException naming the source and the path of the first problem
     */
    public static Register read(String source, InputStream in) {
        return read(source, JSON.parse(source, in));
    }

    /**
     * Reads a record of processing from a string.
     *
     * @param source the name of the document, for messages
     * @param json the document
     * @return the record
     * @throws JsonInputException naming the source and the path of the first problem
     */
    public static Register read(String source, String json) {
        return read(source, JSON.parse(source, json));
    }

    private static Register read(String source, JsonNode tree) {
        JsonObject root = JsonObject.root(source, tree);
        String controller = root.string("controller");
        String dpo = root.string("dpoContact");
        List<ProcessingActivity> activities =
                root.objects("activities").stream().map(RegisterJson::activity).toList();
        root.end();
        try {
            return new Register(controller, dpo, activities);
        } catch (IllegalArgumentException e) {
            throw root.error("activities", Reason.INVALID_VALUE, e.getMessage());
        }
    }

    private static ProcessingActivity activity(JsonObject json) {
        String id = json.string("id");
        var name = json.text("name");
        var purpose = json.text("purpose");
        LegalBasis basis = json.enumValue("legalBasis", LegalBasis.class);
        Set<DataCategory> categories = new LinkedHashSet<>();
        List<String> ids = json.strings("categories");
        for (int i = 0; i < ids.size(); i++) {
            try {
                categories.add(DataCategory.of(ids.get(i)));
            } catch (IllegalArgumentException e) {
                throw new JsonInputException(
                        json.source(),
                        json.pathOf("categories") + "[" + i + "]",
                        Reason.INVALID_VALUE,
                        e.getMessage());
            }
        }
        RetentionRule retention = retention(json.object("retention"));
        json.end();
        try {
            return new ProcessingActivity(id, name, purpose, basis, categories, retention);
        } catch (IllegalArgumentException e) {
            throw json.error(Reason.INVALID_VALUE, e.getMessage());
        }
    }

    private static RetentionRule retention(JsonObject json) {
        RetentionTrigger trigger = json.enumValue("trigger", RetentionTrigger.class);
        Period period =
                parse(
                        json,
                        "period",
                        Period::parse,
                        "Expected an ISO 8601 period such as P1Y or P6M");
        FinalAction action = json.enumValue("finalAction", FinalAction.class);
        json.end();
        try {
            return new RetentionRule(trigger, period, action);
        } catch (IllegalArgumentException e) {
            throw json.error("period", Reason.INVALID_VALUE, e.getMessage());
        }
    }

    private static <T> T parse(
            JsonObject json, String name, Function<String, T> parser, String expected) {
        String text = json.string(name);
        try {
            return parser.apply(text);
        } catch (DateTimeParseException | ArithmeticException e) {
            throw json.error(name, Reason.INVALID_VALUE, expected);
        }
    }
}
