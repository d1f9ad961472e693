package io.portail.core.report;

import static java.util.Objects.requireNonNull;

import java.time.Instant;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * A report on public space.
 *
 * <p>{@code toString} masks what the resident typed and who they are. Immutable and thread-safe.
 *
 * @param id the report's identifier, such as {@code SIG-12}
 * @param category the category's code
 * @param location where the problem is
 * @param description what the resident wrote, possibly empty
 * @param photos the declared photos
 * @param reporter the reporting resident's opaque identifier, or null for an anonymous report
 * @param receivedAt when it was received
 * @param status where it stands
 * @param statusNote the agent's note for residents on the last change, possibly empty
 * @param updatedAt when the status last changed
 * @param duplicateOf the id of the report this one repeats, when its status is duplicate
 */
public record Report(
        String id,
        String category,
        ReportLocation location,
        String description,
        List<Photo> photos,
        @Nullable String reporter,
        Instant receivedAt,
        ReportStatus status,
        String statusNote,
        Instant updatedAt,
        @Nullable String duplicateOf) {
    /**
     * Checks the report.
     *
     * @param id the identifier
     * @param category the category's code
     * @param location where the problem is
     * @param description what the resident wrote
     * @param photos the declared photos
     * @param reporter the reporter, or null
     * @param receivedAt when it was received
     * @param status where it stands
     * @param statusNote the agent's note
     * @param updatedAt when the status last changed, not before it was received
     * @param duplicateOf the report it repeats, present exactly when the status is duplicate
     * @throws IllegalArgumentException if the dates or the duplicate link are inconsistent
     */
    public Report {
        requireNonNull(id, "id");
        requireNonNull(category, "category");
        requireNonNull(location, "location");
        requireNonNull(description, "description");
        photos = List.copyOf(requireNonNull(photos, "photos"));
        requireNonNull(receivedAt, "receivedAt");
        requireNonNull(status, "status");
        requireNonNull(statusNote, "statusNote");
        requireNonNull(updatedAt, "updatedAt");
        if (updatedAt.isBefore(receivedAt)) {
            throw new IllegalArgumentException("A report is updated after it is received");
        }
        if ((status == ReportStatus.DUPLICATE) != (duplicateOf != null)) {
            throw new IllegalArgumentException(
                    "A report names the report it repeats exactly when it is a duplicate");
        }
    }

    /**
     * Tells whether the report is anonymous.
     *
     * @return true if no reporter is known
     */
    public boolean isAnonymous() {
        return reporter == null;
    }

    @Override
    public String toString() {
        return "Report[id="
                + id
                + ", category="
                + category
                + ", status="
                + status
                + ", location="
                + location
                + ", description=***, reporter="
                + (reporter == null ? "anonymous" : "***")
                + "]";
    }
}
