package io.portail.core.json;

import static java.util.Objects.requireNonNull;

import io.portail.core.event.DomainEvent;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import tools.jackson.databind.SerializationFeature;
import tools.jackson.databind.json.JsonMapper;

/**
 * Writes a domain event as a CloudEvents 1.0 event in structured mode (JSON event format), keys
 * sorted: {@code specversion}, {@code id}, {@code source}, {@code type}, {@code subject} (the
 * reference), {@code time} (RFC 3339, UTC), {@code datacontenttype} and {@code data}.
 *
 * <p>The data holds the reference, procedure, statuses and version, never personal data.
 * Thread-safe.
 */
public final class CloudEventJson {
    private static final JsonMapper MAPPER =
            JsonMapper.builder().enable(SerializationFeature.ORDER_MAP_ENTRIES_BY_KEYS).build();

    private CloudEventJson() {}

    /**
     * Writes the event.
     *
     * @param event the event
     * @return the JSON text
     */
    public static String write(DomainEvent event) {
        requireNonNull(event, "event");
        Map<String, Object> data = new TreeMap<>();
        data.put("reference", event.reference().toString());
        data.put("procedure", event.procedureId());
        data.put("previousStatus", wire(event.from().name()));
        data.put("status", wire(event.to().name()));
        data.put("version", event.version());
        Map<String, Object> json = new TreeMap<>();
        json.put("specversion", "1.0");
        json.put("id", event.id());
        json.put("source", event.source().toString());
        json.put("type", event.type());
        json.put("subject", event.reference().toString());
        json.put("time", event.time().toString());
        json.put("datacontenttype", "application/json");
        json.put("data", data);
        return MAPPER.writeValueAsString(json);
    }

    private static String wire(String name) {
        return name.toLowerCase(Locale.ROOT).replace('_', '-');
    }
}
