package io.portail.core.report;

import static java.util.Objects.requireNonNull;

/**
 * A photo attached to a report, as declared by the resident's device: the library checks its
 * declared media type and size, and never holds the image itself.
 *
 * <p>Immutable and thread-safe.
 *
 * @param mediaType the declared media type, such as {@code image/jpeg}
 * @param sizeBytes the declared size in bytes
 */
public record Photo(String mediaType, long sizeBytes) {
    /**
     * Checks the declaration.
     *
     * @param mediaType the declared media type
     * @param sizeBytes the declared size, positive
     * @throws IllegalArgumentException if the size is not positive
     */
    public Photo {
        requireNonNull(mediaType, "mediaType");
        if (sizeBytes <= 0) {
            throw new IllegalArgumentException("A photo's size is positive");
        }
    }
}
