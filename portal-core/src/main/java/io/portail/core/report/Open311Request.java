package io.portail.core.report;

import static java.util.Objects.requireNonNull;

import java.time.Instant;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;

/**
 * One {@code service_request} of Open311 GeoReport v2, as read from another system.
 *
 * <p>{@code toString} masks the description and the address. Immutable and thread-safe.
 *
 * @param serviceRequestId the request's id in the other system
 * @param closed whether its {@code status} is {@code closed}
 * @param statusNotes its {@code status_notes}, possibly empty
 * @param serviceName its {@code service_name}, or null
 * @param serviceCode its {@code service_code}
 * @param description its {@code description}, possibly empty
 * @param agencyResponsible its {@code agency_responsible}, or null
 * @param requestedAt its {@code requested_datetime}
 * @param updatedAt its {@code updated_datetime}, or null
 * @param address its {@code address}, or null
 * @param point its {@code lat} and {@code long}, or null
 * @param mediaUrl its {@code media_url}, or null
 */
public record Open311Request(
        String serviceRequestId,
        boolean closed,
        String statusNotes,
        @Nullable String serviceName,
        String serviceCode,
        String description,
        @Nullable String agencyResponsible,
        Instant requestedAt,
        @Nullable Instant updatedAt,
        @Nullable String address,
        @Nullable GeoPoint point,
        @Nullable String mediaUrl) {
    private static final Pattern DETAIL =
            Pattern.compile("\\[([a-z-]{1,40})\\] ?(.*)", Pattern.DOTALL);

    /**
     * Checks the request.
     *
     * @param serviceRequestId the id
     * @param closed whether it is closed
     * @param statusNotes the status notes
     * @param serviceName the service name, or null
     * @param serviceCode the service code
     * @param description the description
     * @param agencyResponsible the agency, or null
     * @param requestedAt when it was requested
     * @param updatedAt when it was updated, or null
     * @param address the address, or null
     * @param point the point, or null
     * @param mediaUrl the media URL, or null
     * @throws IllegalArgumentException if it has neither an address nor a point
     */
    public Open311Request {
        requireNonNull(serviceRequestId, "serviceRequestId");
        requireNonNull(statusNotes, "statusNotes");
        requireNonNull(serviceCode, "serviceCode");
        requireNonNull(description, "description");
        requireNonNull(requestedAt, "requestedAt");
        if (address == null && point == null) {
            throw new IllegalArgumentException("A service request has an address or lat and long");
        }
    }

    /**
     * Returns the detailed status: the one written in brackets at the start of the status notes by
     * {@link Open311#write}, when it agrees with open or closed; otherwise {@link
     * ReportStatus#RECEIVED} for open and {@link ReportStatus#FIXED} for closed.
     *
     * @return the status
     */
    public ReportStatus status() {
        Matcher matcher = DETAIL.matcher(statusNotes);
        if (matcher.matches()) {
            for (ReportStatus status : ReportStatus.values()) {
                if (status.code().equals(matcher.group(1)) && status.isClosed() == closed) {
                    return status;
                }
            }
        }
        return closed ? ReportStatus.FIXED : ReportStatus.RECEIVED;
    }

    /**
     * Returns the note for residents: the status notes without the bracketed status.
     *
     * @return the note, possibly empty
     */
    public String note() {
        Matcher matcher = DETAIL.matcher(statusNotes);
        return matcher.matches() ? matcher.group(2) : statusNotes;
    }

    @Override
    public String toString() {
        return "Open311Request[serviceRequestId="
                + serviceRequestId
                + ", serviceCode="
                + serviceCode
                + ", closed="
                + closed
                + ", description=***"
                + (address == null ? "" : ", address=***")
                + "]";
    }
}
