package io.portail.core.report;

import static java.util.Objects.requireNonNull;

import java.util.Set;

/**
 * What photos a report may carry: media types, size of each, and how many.
 *
 * <p>Immutable and thread-safe.
 *
 * @param mediaTypes the accepted media types, in lower case
 * @param maxBytes the largest size of one photo, in bytes
 * @param maxCount the most photos on one report
 */
public record PhotoRules(Set<String> mediaTypes, long maxBytes, int maxCount) {
    /**
     * Checks the rules.
     *
     * @param mediaTypes the accepted media types
     * @param maxBytes the largest size, positive
     * @param maxCount the most photos, zero or more
     * @throws IllegalArgumentException if a bound is out of range
     */
    public PhotoRules {
        mediaTypes = Set.copyOf(requireNonNull(mediaTypes, "mediaTypes"));
        if (maxBytes <= 0 || maxCount < 0) {
            throw new IllegalArgumentException("Photo limits are positive");
        }
    }

    /**
     * Returns the usual rules: JPEG, PNG or HEIC (what phones take), 10 MB each, 3 photos.
     *
     * @return the rules
     */
    public static PhotoRules usual() {
        return new PhotoRules(Set.of("image/jpeg", "image/png", "image/heic"), 10_000_000, 3);
    }
}
