package io.portail.core.report;

import static java.util.Objects.requireNonNull;

import io.portail.privacy.text.LocalizedText;

/**
 * An earlier report that may describe the same problem, offered to the resident before they send a
 * new one.
 *
 * <p>Immutable and thread-safe.
 *
 * @param report the earlier report
 * @param distanceMetres its distance from the new point, rounded to the metre
 * @param message what the resident reads
 */
public record Suggestion(Report report, long distanceMetres, LocalizedText message) {
    /**
     * Checks the suggestion.
     *
     * @param report the earlier report
     * @param distanceMetres its distance, zero or more
     * @param message what the resident reads
     * @throws IllegalArgumentException if the distance is negative
     */
    public Suggestion {
        requireNonNull(report, "report");
        requireNonNull(message, "message");
        if (distanceMetres < 0) {
            throw new IllegalArgumentException("A distance is zero or more");
        }
    }
}
