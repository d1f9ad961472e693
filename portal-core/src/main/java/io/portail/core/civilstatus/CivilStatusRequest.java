package io.portail.core.civilstatus;

import static java.util.Objects.requireNonNull;

/**
 * A request for a document drawn from a civil-status record. Holds no personal data: only the
 * kinds, the relation and the place. Immutable and thread-safe.
 *
 * @param record the kind of record
 * @param document the kind of document asked for
 * @param relation who asks, in relation to the person the record concerns
 * @param place where the event took place
 */
public record CivilStatusRequest(
        RecordKind record, DocumentKind document, Relation relation, EventPlace place) {
    /**
     * Checks that every part is present.
     *
     * @param record the kind of record
     * @param document the kind of document asked for
     * @param relation who asks
     * @param place where the event took place
     */
    public CivilStatusRequest {
        requireNonNull(record, "record");
        requireNonNull(document, "document");
        requireNonNull(relation, "relation");
        requireNonNull(place, "place");
    }
}
