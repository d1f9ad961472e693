package io.portail.forms.validation;

import static java.util.Objects.requireNonNull;

/**
 * The description of one attached file: the engine never sees the content.
 *
 * <p>{@code toString} hides the file name, which may hold personal data.
 *
 * @param name the file name, as the resident's device gave it
 * @param mediaType the media type, such as {@code application/pdf}
 * @param size the size in bytes
 */
public record AttachmentAnswer(String name, String mediaType, long size) {
    /**
     * Checks the description.
     *
     * @param name the file name
     * @param mediaType the media type
     * @param size the size in bytes, 1 or more
     * @throws IllegalArgumentException if the size is not positive
     */
    public AttachmentAnswer {
        requireNonNull(name, "name");
        requireNonNull(mediaType, "mediaType");
        if (size < 1) {
            throw new IllegalArgumentException("A file has at least 1 byte");
        }
    }

    @Override
    public String toString() {
        return "AttachmentAnswer[" + mediaType + ", " + size + " bytes]";
    }
}
