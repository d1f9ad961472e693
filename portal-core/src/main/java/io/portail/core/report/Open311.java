package io.portail.core.report;

import static java.util.Objects.requireNonNull;

import io.portail.privacy.internal.json.JsonObject;
import io.portail.privacy.internal.json.StrictJson;
import io.portail.privacy.json.JsonInputException;
import io.portail.privacy.json.JsonInputException.Reason;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import org.jspecify.annotations.Nullable;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * Exchanges reports as Open311 GeoReport v2 JSON: a list of {@code service_request} objects.
 *
 * <p>Mapping (GeoReport v2, GET service requests): {@code service_request_id} is the report's id;
 * {@code status} is {@code closed} for fixed, not the commune's responsibility and duplicate, and
 * {@code open} otherwise; {@code status_notes} keeps the detailed status in brackets, then the
 * agent's note, such as {@code [in-progress] Rebouchage ce matin}, and a duplicate's notes name the
 * report it repeats ({@code [duplicate] SIG-3}); {@code service_code} and {@code service_name} are
 * the category's code and French label; {@code description}, {@code address}, {@code lat} and
 * {@code long} are as reported; {@code requested_datetime} and {@code updated_datetime} are W3C
 * date-times with the commune's offset. The reporter is never written (GeoReport v2 publishes
 * requests). Photos are declared metadata only, so {@code media_url} is never written.
 *
 * <p>Reading is strict and bounded: at most {@value #MAX_REQUESTS} requests in at most 8 MB, no
 * property outside GeoReport v2's service request, every error naming its path. Thread-safe.
 */
public final class Open311 {
    /** The most service requests read from one document. */
    public static final int MAX_REQUESTS = 10_000;

    private static final StrictJson JSON = StrictJson.withMaxDocumentBytes(8L << 20);
    private static final JsonMapper MAPPER = JsonMapper.builder().build();

    private Open311() {}

    /**
     * Writes reports as a GeoReport v2 list of service requests.
     *
     * @param reports the reports
     * @param desk the desk that holds their categories
     * @param zone the commune's zone, giving the offset of date-times
     * @param agency the {@code agency_responsible}, such as "Mairie de Saint-Exemple, services
     *     techniques"
     * @return the JSON document
     * @throws IllegalArgumentException if a report's category is not the desk's
     */
    public static String write(List<Report> reports, ReportDesk desk, ZoneId zone, String agency) {
        requireNonNull(reports, "reports");
        requireNonNull(desk, "desk");
        requireNonNull(zone, "zone");
        requireNonNull(agency, "agency");
        ArrayNode array = MAPPER.createArrayNode();
        for (Report report : reports) {
            ReportCategory category =
                    desk.category(report.category())
                            .orElseThrow(
                                    () ->
                                            new IllegalArgumentException(
                                                    "Unknown category " + report.category()));
            ObjectNode request = array.addObject();
            request.put("service_request_id", report.id());
            request.put("status", report.status().isClosed() ? "closed" : "open");
            request.put("status_notes", notes(report));
            request.put("service_name", category.label().fr());
            request.put("service_code", category.code());
            request.put("description", report.description());
            request.put("agency_responsible", agency);
            request.put("requested_datetime", dateTime(report.receivedAt(), zone));
            request.put("updated_datetime", dateTime(report.updatedAt(), zone));
            String address = report.location().address();
            if (address != null) {
                request.put("address", address);
            }
            GeoPoint point = report.location().point();
            if (point != null) {
                request.put("lat", BigDecimal.valueOf(point.latitude()));
                request.put("long", BigDecimal.valueOf(point.longitude()));
            }
        }
        return MAPPER.writerWithDefaultPrettyPrinter().writeValueAsString(array);
    }

    /**
     * Reads a GeoReport v2 list of service requests.
     *
     * @param source the name of the document, for messages
     * @param json the document
     * @return the requests, in order
     * @throws JsonInputException naming the source and the path of the first problem
     */
    public static List<Open311Request> read(String source, String json) {
        requireNonNull(source, "source");
        requireNonNull(json, "json");
        JsonNode root = JSON.parse(source, json);
        if (!root.isArray()) {
            throw new JsonInputException(
                    source,
                    "$",
                    Reason.WRONG_TYPE,
                    "Expected an array of service requests, found " + JsonObject.kind(root));
        }
        if (root.size() > MAX_REQUESTS) {
            throw new JsonInputException(
                    source,
                    "$",
                    Reason.TOO_LARGE,
                    "More than " + MAX_REQUESTS + " service requests in one document");
        }
        List<Open311Request> requests = new ArrayList<>(root.size());
        for (int i = 0; i < root.size(); i++) {
            requests.add(request(JsonObject.of(source, "$[" + i + "]", root.get(i))));
        }
        return List.copyOf(requests);
    }

    private static Open311Request request(JsonObject json) {
        String id = json.string("service_request_id");
        String status = json.string("status");
        if (!status.equals("open") && !status.equals("closed")) {
            throw json.error("status", Reason.INVALID_VALUE, "Expected open or closed");
        }
        String notes = orEmpty(json.optString("status_notes"));
        String serviceName = json.optString("service_name");
        String serviceCode = json.string("service_code");
        String description = orEmpty(json.optString("description"));
        String agency = json.optString("agency_responsible");
        Instant requested = instant(json, "requested_datetime");
        if (requested == null) {
            throw json.error(
                    "requested_datetime", Reason.MISSING_PROPERTY, "Required property is missing");
        }
        Instant updated = instant(json, "updated_datetime");
        String address = json.optString("address");
        BigDecimal lat = decimal(json, "lat");
        BigDecimal lon = decimal(json, "long");
        String mediaUrl = json.optString("media_url");
        // Fields of GeoReport v2 that a report does not keep: read and dropped.
        for (String ignored :
                List.of("service_notice", "expected_datetime", "address_id", "zipcode", "token")) {
            json.raw(ignored);
        }
        json.end();
        if ((lat == null) != (lon == null)) {
            throw json.error(Reason.MISSING_PROPERTY, "lat and long come together");
        }
        GeoPoint point = null;
        if (lat != null && lon != null) {
            try {
                point = new GeoPoint(lat.doubleValue(), lon.doubleValue());
            } catch (IllegalArgumentException e) {
                throw json.error("lat", Reason.INVALID_VALUE, String.valueOf(e.getMessage()));
            }
        }
        if (address == null && point == null) {
            throw json.error(
                    Reason.MISSING_PROPERTY, "A service request has an address or lat and long");
        }
        return new Open311Request(
                id,
                status.equals("closed"),
                notes,
                serviceName,
                serviceCode,
                description,
                agency,
                requested,
                updated,
                address,
                point,
                mediaUrl);
    }

    private static @Nullable Instant instant(JsonObject json, String name) {
        String text = json.optString(name);
        if (text == null) {
            return null;
        }
        try {
            return OffsetDateTime.parse(text, DateTimeFormatter.ISO_OFFSET_DATE_TIME).toInstant();
        } catch (DateTimeParseException e) {
            throw json.error(
                    name,
                    Reason.INVALID_VALUE,
                    "Expected a W3C date-time with its offset, such as 2026-03-16T10:00:00+01:00");
        }
    }

    private static @Nullable BigDecimal decimal(JsonObject json, String name) {
        JsonNode value = json.raw(name);
        if (value == null) {
            return null;
        }
        if (!value.isNumber()) {
            throw json.error(
                    name, Reason.WRONG_TYPE, "Expected a number, found " + JsonObject.kind(value));
        }
        return value.decimalValue();
    }

    private static String notes(Report report) {
        String detail = "[" + report.status().code() + "]";
        if (report.duplicateOf() != null) {
            detail += " " + report.duplicateOf();
        }
        return report.statusNote().isEmpty() ? detail : detail + " " + report.statusNote();
    }

    private static String dateTime(Instant instant, ZoneId zone) {
        return DateTimeFormatter.ISO_OFFSET_DATE_TIME.format(
                instant.truncatedTo(ChronoUnit.SECONDS).atZone(zone).toOffsetDateTime());
    }

    private static String orEmpty(@Nullable String text) {
        return text == null ? "" : text;
    }
}
