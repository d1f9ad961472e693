package io.portail.core.json;

import static java.util.Objects.requireNonNull;

import io.portail.core.procedure.Availability;
import io.portail.core.procedure.Catalogue;
import io.portail.core.procedure.Commune;
import io.portail.core.procedure.DecisionRegime;
import io.portail.core.procedure.OpeningHours;
import io.portail.core.procedure.OpeningSlot;
import io.portail.core.procedure.Procedure;
import io.portail.core.procedure.Service;
import io.portail.core.procedure.SupportingDocument;
import io.portail.forms.definition.Condition;
import io.portail.forms.definition.FormDefinition;
import io.portail.forms.internal.json.FormReader;
import io.portail.privacy.internal.json.JsonObject;
import io.portail.privacy.internal.json.StrictJson;
import io.portail.privacy.json.JsonInputException;
import io.portail.privacy.json.JsonInputException.Reason;
import io.portail.privacy.json.RegisterJson;
import io.portail.privacy.register.ProcessingActivity;
import io.portail.privacy.register.Register;
import io.portail.privacy.text.LocalizedText;
import java.io.InputStream;
import java.nio.file.Path;
import java.time.DateTimeException;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.Period;
import java.time.ZoneId;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Supplier;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import tools.jackson.databind.JsonNode;

/**
 * Reads a commune's catalogue of procedures from JSON, against its record of processing.
 *
 * <p>The format is documented in {@code portal-core/README.md}. Every error names the file and the
 * path in it, and says how to fix it; unknown properties are refused. Thread-safe.
 */
public final class CatalogueJson {
    private static final Logger LOG = LoggerFactory.getLogger(CatalogueJson.class);
    private static final StrictJson JSON = StrictJson.withMaxDocumentBytes(8L << 20);

    private CatalogueJson() {}

    /**
     * Reads {@code catalogue.json} and {@code register.json} from a directory.
     *
     * @param directory the directory
     * @return the catalogue
     * @throws JsonInputException naming the file and the path of the first problem
     * @throws java.io.UncheckedIOException if a file cannot be read
     */
    public static Catalogue load(Path directory) {
        requireNonNull(directory, "directory");
        Register register = RegisterJson.read(directory.resolve("register.json"));
        return read(directory.resolve("catalogue.json"), register);
    }

    /**
     * Reads a catalogue from a file.
     *
     * @param file the catalogue file
     * @param register the commune's record of processing
     * @return the catalogue
     * @throws JsonInputException naming the file and the path of the first problem
     * @throws java.io.UncheckedIOException if the file cannot be read
     */
    public static Catalogue read(Path file, Register register) {
        requireNonNull(file, "file");
        requireNonNull(register, "register");
        return read(String.valueOf(file.getFileName()), JSON.parse(file), register);
    }

    /**
     * Reads a catalogue from a stream.
     *
     * @param source the name of the document, for messages
     * @param in the stream, not closed
     * @param register the commune's record of processing
     * @return the catalogue
     * @throws JsonInputException naming the source and the path of the first problem
     */
    public static Catalogue read(String source, InputStream in, Register register) {
        requireNonNull(source, "source");
        requireNonNull(register, "register");
        return read(source, JSON.parse(source, in), register);
    }

    private static Catalogue read(String source, JsonNode tree, Register register) {
        JsonObject root = JsonObject.root(source, tree);
        Commune commune = commune(root.object("commune"));
        Map<String, Service> services = new LinkedHashMap<>();
        for (JsonObject json : root.objects("services")) {
            String id = json.string("id");
            if (services.put(id, service(json)) != null) {
                throw json.error("id", Reason.INVALID_VALUE, "Two services share this id");
            }
        }
        List<Procedure> procedures = new ArrayList<>();
        for (JsonObject json : root.objects("procedures")) {
            procedures.add(procedure(json, services, register));
        }
        root.end();
        Catalogue catalogue = build(root, () -> new Catalogue(commune, procedures, register));
        LOG.info(
                "Catalogue {} loaded for {}, procedures: {}",
                source,
                commune.name(),
                procedures.size());
        return catalogue;
    }

    private static Commune commune(JsonObject json) {
        String name = json.string("name");
        String insee = json.string("inseeCode");
        ZoneId zone;
        try {
            zone = ZoneId.of(json.string("zone"));
        } catch (DateTimeException e) {
            throw json.error(
                    "zone", Reason.INVALID_VALUE, "Expected a time zone such as Europe/Paris");
        }
        String court = json.string("administrativeCourt");
        json.end();
        return build(json, () -> new Commune(name, insee, zone, court));
    }

    private static Service service(JsonObject json) {
        LocalizedText name = json.text("name");
        List<String> address = json.strings("postalAddress");
        String email = json.string("email");
        String phone = json.string("phone");
        List<OpeningSlot> slots = new ArrayList<>();
        for (JsonObject hours : json.objects("hours")) {
            LocalTime opens = time(hours, "opens");
            LocalTime closes = time(hours, "closes");
            List<String> days = hours.strings("days");
            for (int i = 0; i < days.size(); i++) {
                DayOfWeek day = day(hours, days.get(i), i);
                slots.add(build(hours, () -> new OpeningSlot(day, opens, closes)));
            }
            hours.end();
        }
        json.end();
        OpeningHours hours = build(json, () -> new OpeningHours(slots));
        return build(json, () -> new Service(name, address, email, phone, hours));
    }

    private static Procedure procedure(
            JsonObject json, Map<String, Service> services, Register register) {
        String id = json.string("id");
        int version = json.integer("version", 1, 10_000);
        LocalizedText title = json.text("title");
        LocalizedText summary = json.text("summary");
        String serviceId = json.string("service");
        Service service = services.get(serviceId);
        if (service == null) {
            throw json.error(
                    "service",
                    Reason.INVALID_VALUE,
                    "No service has this id; declare it under \"services\"");
        }
        String activityId = json.string("activity");
        ProcessingActivity activity =
                register.activity(activityId)
                        .orElseThrow(
                                () ->
                                        json.error(
                                                "activity",
                                                Reason.INVALID_VALUE,
                                                "The register has no processing activity with"
                                                        + " this id; add it to the register"));
        DecisionRegime regime = regime(json.object("regime"));
        Availability availability = availability(json);
        long fee = json.has("feeCents") ? json.integer("feeCents", 0, 100_000_000) : 0;
        List<SupportingDocument> documents = new ArrayList<>();
        if (json.has("documents")) {
            for (JsonObject document : json.objects("documents")) {
                documents.add(document(document));
            }
        }
        FormDefinition form = FormReader.form(json.object("form"));
        json.end();
        return build(
                json,
                () ->
                        new Procedure(
                                id,
                                version,
                                title,
                                summary,
                                service,
                                form,
                                activity,
                                regime,
                                availability,
                                documents,
                                fee));
    }

    private static Availability availability(JsonObject json) {
        Availability.Status status = Availability.Status.PUBLISHED;
        String text = json.optString("status");
        if (text != null) {
            switch (text) {
                case "draft" -> status = Availability.Status.DRAFT;
                case "published" -> status = Availability.Status.PUBLISHED;
                case "retired" -> status = Availability.Status.RETIRED;
                default ->
                        throw json.error(
                                "status",
                                Reason.INVALID_VALUE,
                                "Expected draft, published or retired");
            }
        }
        Availability.Status chosen = status;
        LocalDate published = optDate(json, "publishedOn");
        LocalDate from = optDate(json, "availableFrom");
        LocalDate until = optDate(json, "availableUntil");
        return build(json, () -> new Availability(chosen, published, from, until));
    }

    private static SupportingDocument document(JsonObject json) {
        String code = json.string("code");
        LocalizedText label = json.text("label");
        JsonObject when = json.optObject("when");
        @Nullable Condition condition = when == null ? null : FormReader.condition(when);
        json.end();
        return build(json, () -> new SupportingDocument(code, label, condition));
    }

    private static @Nullable LocalDate optDate(JsonObject json, String name) {
        String text = json.optString(name);
        if (text == null) {
            return null;
        }
        try {
            return LocalDate.parse(text);
        } catch (DateTimeParseException e) {
            throw json.error(name, Reason.INVALID_VALUE, "Expected a date such as 2026-09-01");
        }
    }

    /**
     * The text that sets a regime: {@code {"fr": …, "en": …}}, or one string for a citation that
     * reads the same in both languages (« CRPA art. L231-1 »).
     */
    private static LocalizedText source(JsonObject json) {
        JsonNode raw = json.raw("source");
        if (raw != null && raw.isObject()) {
            return json.text("source");
        }
        return LocalizedText.same(json.string("source"));
    }

    private static DecisionRegime regime(JsonObject json) {
        String kind = json.string("kind");
        LocalizedText source = source(json);
        DecisionRegime regime;
        switch (kind) {
            case "implicit-acceptance":
                regime = new DecisionRegime.ImplicitAcceptance(period(json), source);
                break;
            case "implicit-rejection":
                regime = new DecisionRegime.ImplicitRejection(period(json), source);
                break;
            case "none":
                regime = new DecisionRegime.NoImplicitDecision(source);
                break;
            default:
                throw json.error(
                        "kind",
                        Reason.INVALID_VALUE,
                        "Expected implicit-acceptance, implicit-rejection or none");
        }
        json.end();
        return regime;
    }

    private static Period period(JsonObject json) {
        try {
            Period period = Period.parse(json.string("period"));
            if (period.isNegative() || period.isZero()) {
                throw json.error("period", Reason.INVALID_VALUE, "Expected a positive period");
            }
            return period;
        } catch (DateTimeParseException e) {
            throw json.error(
                    "period", Reason.INVALID_VALUE, "Expected an ISO 8601 period such as P2M");
        }
    }

    private static LocalTime time(JsonObject json, String name) {
        try {
            return LocalTime.parse(json.string(name));
        } catch (DateTimeParseException e) {
            throw json.error(name, Reason.INVALID_VALUE, "Expected a time such as 08:30");
        }
    }

    private static DayOfWeek day(JsonObject json, String text, int index) {
        try {
            return DayOfWeek.valueOf(text.toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw new JsonInputException(
                    json.source(),
                    json.pathOf("days") + "[" + index + "]",
                    Reason.INVALID_VALUE,
                    "Expected a day in English, such as monday");
        }
    }

    private static <T> T build(JsonObject json, Supplier<T> constructor) {
        try {
            return constructor.get();
        } catch (IllegalArgumentException e) {
            throw json.error(Reason.INVALID_VALUE, String.valueOf(e.getMessage()));
        }
    }
}
