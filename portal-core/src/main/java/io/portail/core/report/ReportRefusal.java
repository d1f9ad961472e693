package io.portail.core.report;

import static java.util.Objects.requireNonNull;

import io.portail.privacy.text.LocalizedText;

/**
 * Why a report cannot be sent as it is, with the plain text the resident reads.
 *
 * <p>Immutable and thread-safe.
 *
 * @param reason why, as a stable code
 * @param message what the resident reads, in French and English
 */
public record ReportRefusal(Reason reason, LocalizedText message) {
    /** Why a report cannot be sent as it is. */
    public enum Reason {
        /** The category is not one of the commune's. */
        UNKNOWN_CATEGORY,
        /** The point lies outside the commune. */
        OUTSIDE_COMMUNE,
        /** The description is too long. */
        DESCRIPTION_TOO_LONG,
        /** Too many photos. */
        TOO_MANY_PHOTOS,
        /** A photo is of a type not accepted. */
        PHOTO_TYPE,
        /** A photo is too large. */
        PHOTO_TOO_LARGE
    }

    /**
     * Checks the refusal.
     *
     * @param reason why
     * @param message what the resident reads
     */
    public ReportRefusal {
        requireNonNull(reason, "reason");
        requireNonNull(message, "message");
    }
}
