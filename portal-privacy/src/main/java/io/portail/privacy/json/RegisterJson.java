package io.portail.privacy.json;

import static java.util.Objects.requireNonNull;

import io.portail.privacy.category.DataCategory;
import io.portail.privacy.category.DataSubject;
import io.portail.privacy.internal.json.JsonObject;
import io.portail.privacy.internal.json.StrictJson;
import io.portail.privacy.json.JsonInputException.Reason;
import io.portail.privacy.purpose.LegalBasis;
import io.portail.privacy.purpose.SpecialCategoryCondition;
import io.portail.privacy.register.ProcessingActivity;
import io.portail.privacy.register.Provision;
import io.portail.privacy.register.Register;
import io.portail.privacy.retention.FinalAction;
import io.portail.privacy.retention.RetentionRule;
import io.portail.privacy.retention.RetentionTrigger;
import io.portail.privacy.text.LocalizedText;
import java.io.InputStream;
import java.nio.file.Path;
import java.time.Period;
import java.time.format.DateTimeParseException;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.jspecify.annotations.Nullable;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.SerializationFeature;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * Reads and writes a commune's record of processing activities as JSON.
 *
 * <p>The format is described in the module's README. Enumerated values are written in lower case
 * with hyphens ({@code public-task}); periods in ISO 8601 ({@code P1Y}); texts residents read as
 * {@code {"fr": "...", "en": "..."}}. Every property added since the first version is optional, so
 * documents of the first version still read. Unknown properties are refused. Thread-safe.
 */
public final class RegisterJson {
    private static final StrictJson JSON = StrictJson.withMaxDocumentBytes(4L << 20);
    private static final JsonMapper WRITER =
            JsonMapper.builder().enable(SerializationFeature.INDENT_OUTPUT).build();

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

    /**
     * Writes a record of processing in the format {@link #read(String, String)} reads.
     *
     * @param register the record
     * @return the JSON document, indented
     */
    public static String write(Register register) {
        requireNonNull(register, "register");
        ObjectNode root = WRITER.createObjectNode();
        root.put("controller", register.controller());
        root.put("controllerContact", register.controllerContact());
        root.put("dpoContact", register.dpoContact());
        ArrayNode activities = root.putArray("activities");
        for (ProcessingActivity activity : register.activities()) {
            writeActivity(activities.addObject(), activity);
        }
        return WRITER.writeValueAsString(root) + "\n";
    }

    private static void writeActivity(ObjectNode json, ProcessingActivity activity) {
        json.put("id", activity.id());
        putText(json, "name", activity.name());
        putText(json, "purpose", activity.purpose());
        json.put("legalBasis", JsonObject.wire(activity.legalBasis()));
        if (activity.specialCondition() != null) {
            json.put("specialCondition", JsonObject.wire(activity.specialCondition()));
        }
        if (activity.legalReference() != null) {
            putText(json, "legalReference", activity.legalReference());
        }
        ArrayNode categories = json.putArray("categories");
        activity.categories().forEach(c -> categories.add(c.id()));
        ArrayNode subjects = json.putArray("subjects");
        activity.subjects().forEach(s -> subjects.add(JsonObject.wire(s)));
        putTexts(json, "recipients", activity.recipients());
        putTexts(json, "transfers", activity.transfers());
        putTexts(json, "securityMeasures", activity.securityMeasures());
        json.put("provision", JsonObject.wire(activity.provision()));
        if (activity.withoutData() != null) {
            putText(json, "withoutData", activity.withoutData());
        }
        writeRule(json.putObject("retention"), activity.retention());
        if (!activity.categoryRetention().isEmpty()) {
            ArrayNode rules = json.putArray("categoryRetention");
            activity.categoryRetention()
                    .forEach(
                            (category, rule) -> {
                                ObjectNode item = rules.addObject();
                                item.put("category", category.id());
                                writeRule(item, rule);
                            });
        }
    }

    private static void writeRule(ObjectNode json, RetentionRule rule) {
        json.put("trigger", JsonObject.wire(rule.trigger()));
        if (rule.dateField() != null) {
            json.put("dateField", rule.dateField());
        }
        json.put("period", rule.period().toString());
        if (rule.hasArchivePhase()) {
            json.put("archivePeriod", rule.archivePeriod().toString());
        }
        if (!rule.warnBefore().isZero()) {
            json.put("warnBefore", rule.warnBefore().toString());
        }
        json.put("finalAction", JsonObject.wire(rule.finalAction()));
        json.put("version", rule.version());
    }

    private static void putText(ObjectNode json, String name, LocalizedText text) {
        ObjectNode node = json.putObject(name);
        node.put("fr", text.fr());
        node.put("en", text.en());
    }

    private static void putTexts(ObjectNode json, String name, List<LocalizedText> texts) {
        ArrayNode array = json.putArray(name);
        for (LocalizedText text : texts) {
            ObjectNode node = array.addObject();
            node.put("fr", text.fr());
            node.put("en", text.en());
        }
    }

    private static Register read(String source, JsonNode tree) {
        JsonObject root = JsonObject.root(source, tree);
        String controller = root.string("controller");
        String controllerContact = root.optString("controllerContact");
        String dpo = root.string("dpoContact");
        List<ProcessingActivity> activities =
                root.objects("activities").stream().map(RegisterJson::activity).toList();
        root.end();
        try {
            return new Register(
                    controller,
                    controllerContact == null ? dpo : controllerContact,
                    dpo,
                    activities);
        } catch (IllegalArgumentException e) {
            throw root.error("activities", Reason.INVALID_VALUE, e.getMessage());
        }
    }

    private static ProcessingActivity activity(JsonObject json) {
        String id = json.string("id");
        var name = json.text("name");
        var purpose = json.text("purpose");
        LegalBasis basis = json.enumValue("legalBasis", LegalBasis.class);
        SpecialCategoryCondition condition =
                json.has("specialCondition")
                        ? json.enumValue("specialCondition", SpecialCategoryCondition.class)
                        : null;
        LocalizedText legalReference = json.optText("legalReference");
        Set<DataCategory> categories = new LinkedHashSet<>();
        List<String> ids = json.strings("categories");
        for (int i = 0; i < ids.size(); i++) {
            categories.add(category(json, "categories", i, ids.get(i)));
        }
        Set<DataSubject> subjects = subjects(json);
        List<LocalizedText> recipients = texts(json, "recipients");
        List<LocalizedText> transfers = texts(json, "transfers");
        List<LocalizedText> security = texts(json, "securityMeasures");
        Provision provision =
                json.has("provision")
                        ? json.enumValue("provision", Provision.class)
                        : basis == LegalBasis.CONSENT
                                ? Provision.VOLUNTARY
                                : Provision.REQUIRED_FOR_SERVICE;
        LocalizedText withoutData = json.optText("withoutData");
        RetentionRule retention = retention(json.object("retention"));
        Map<DataCategory, RetentionRule> byCategory = new LinkedHashMap<>();
        List<JsonObject> rules = json.objects("categoryRetention");
        for (int i = 0; i < rules.size(); i++) {
            JsonObject rule = rules.get(i);
            DataCategory category = category(rule, "category", -1, rule.string("category"));
            if (byCategory.put(category, retention(rule)) != null) {
                throw rule.error(
                        "category", Reason.INVALID_VALUE, "Two rules for the same category");
            }
        }
        json.end();
        try {
            return new ProcessingActivity(
                    id,
                    name,
                    purpose,
                    basis,
                    categories,
                    retention,
                    subjects,
                    condition,
                    legalReference,
                    recipients,
                    transfers,
                    security,
                    provision,
                    withoutData,
                    byCategory);
        } catch (IllegalArgumentException e) {
            throw json.error(Reason.INVALID_VALUE, e.getMessage());
        }
    }

    private static DataCategory category(JsonObject json, String name, int index, String id) {
        try {
            return DataCategory.of(id);
        } catch (IllegalArgumentException e) {
            String path = json.pathOf(name) + (index < 0 ? "" : "[" + index + "]");
            throw new JsonInputException(json.source(), path, Reason.INVALID_VALUE, e.getMessage());
        }
    }

    private static Set<DataSubject> subjects(JsonObject json) {
        if (!json.has("subjects")) {
            return Set.of(DataSubject.RESIDENT);
        }
        Set<DataSubject> subjects = new LinkedHashSet<>();
        List<String> names = json.strings("subjects");
        for (int i = 0; i < names.size(); i++) {
            subjects.add(constant(json, "subjects", i, names.get(i), DataSubject.class));
        }
        return subjects;
    }

    private static <E extends Enum<E>> E constant(
            JsonObject json, String name, int index, String text, Class<E> type) {
        for (E constant : type.getEnumConstants()) {
            if (JsonObject.wire(constant).equals(text)) {
                return constant;
            }
        }
        List<String> allowed =
                Arrays.stream(type.getEnumConstants()).map(JsonObject::wire).toList();
        throw new JsonInputException(
                json.source(),
                json.pathOf(name) + "[" + index + "]",
                Reason.INVALID_VALUE,
                "Expected one of " + String.join(", ", allowed));
    }

    private static List<LocalizedText> texts(JsonObject json, String name) {
        return json.objects(name).stream()
                .map(
                        item -> {
                            LocalizedText text =
                                    new LocalizedText(item.string("fr"), item.string("en"));
                            item.end();
                            return text;
                        })
                .toList();
    }

    private static RetentionRule retention(JsonObject json) {
        RetentionTrigger trigger = json.enumValue("trigger", RetentionTrigger.class);
        String dateField = json.optString("dateField");
        Period period = period(json, "period", null);
        Period archive = period(json, "archivePeriod", Period.ZERO);
        Period warn = period(json, "warnBefore", Period.ZERO);
        FinalAction action = json.enumValue("finalAction", FinalAction.class);
        Integer version = json.optInteger("version", 1, 1_000_000);
        json.end();
        try {
            return new RetentionRule(
                    trigger,
                    period,
                    action,
                    archive,
                    warn,
                    version == null ? 1 : version,
                    dateField);
        } catch (IllegalArgumentException e) {
            throw json.error(Reason.INVALID_VALUE, e.getMessage());
        }
    }

    private static Period period(JsonObject json, String name, @Nullable Period absent) {
        String text = absent == null ? json.string(name) : json.optString(name);
        if (text == null) {
            return absent;
        }
        try {
            return Period.parse(text);
        } catch (DateTimeParseException | ArithmeticException e) {
            throw json.error(
                    name, Reason.INVALID_VALUE, "Expected an ISO 8601 period such as P1Y or P6M");
        }
    }
}
