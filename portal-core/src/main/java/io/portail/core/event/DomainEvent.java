package io.portail.core.event;

import static java.util.Objects.requireNonNull;

import io.portail.core.reference.Reference;
import io.portail.core.request.HistoryEntry;
import io.portail.core.request.Request;
import io.portail.core.request.RequestStatus;
import java.net.URI;
import java.time.Instant;

/**
 * Something that happened to a request: one transition of its lifecycle.
 *
 * <p>It holds references and statuses only, never personal data, and maps to a CloudEvents 1.0
 * event ({@code io.portail.core.json.CloudEventJson}). Immutable and thread-safe.
 *
 * @param id unique for the source: the reference and the version reached, such as {@code
 *     SE4KX7P9M39-3}, so that a repeat of the same transition has the same id
 * @param source the portal that emits it, a URI reference such as {@code urn:portail:45999}
 * @param type the type, such as {@code fr.portail.request.received}
 * @param time when the transition happened
 * @param reference the request's reference
 * @param procedureId the procedure's id
 * @param from the status before
 * @param to the status after
 * @param version the request's version after the transition
 */
public record DomainEvent(
        String id,
        URI source,
        String type,
        Instant time,
        Reference reference,
        String procedureId,
        RequestStatus from,
        RequestStatus to,
        int version) {
    /** The prefix of every event type. */
    public static final String TYPE_PREFIX = "fr.portail.request.";

    /**
     * Checks the event.
     *
     * @param id its id
     * @param source the portal that emits it
     * @param type its type
     * @param time when it happened
     * @param reference the request's reference
     * @param procedureId the procedure's id
     * @param from the status before
     * @param to the status after
     * @param version the version after
     */
    public DomainEvent {
        requireNonNull(id, "id");
        requireNonNull(source, "source");
        requireNonNull(type, "type");
        requireNonNull(time, "time");
        requireNonNull(reference, "reference");
        requireNonNull(procedureId, "procedureId");
        requireNonNull(from, "from");
        requireNonNull(to, "to");
    }

    /**
     * Returns the event of one history entry of a request.
     *
     * @param source the portal that emits it
     * @param request the request
     * @param entry the entry, one of the request's history
     * @return the event
     */
    public static DomainEvent of(URI source, Request request, HistoryEntry entry) {
        requireNonNull(request, "request");
        requireNonNull(entry, "entry");
        return new DomainEvent(
                request.reference().compact() + "-" + entry.version(),
                source,
                TYPE_PREFIX + entry.command().name(),
                entry.at(),
                request.reference(),
                request.procedureId(),
                entry.from(),
                entry.to(),
                entry.version());
    }
}
