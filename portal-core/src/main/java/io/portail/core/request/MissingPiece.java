package io.portail.core.request;

import static java.util.Objects.requireNonNull;

import io.portail.privacy.text.LocalizedText;
import java.util.regex.Pattern;

/**
 * A piece or piece of information missing from a request (CRPA art. L114-5).
 *
 * <p>The label names the kind of document, never its content. Immutable and thread-safe.
 *
 * @param code a stable code, lower-case words joined by hyphens, such as {@code proof-of-address}
 * @param label what is missing, as the resident reads it, such as "un justificatif de domicile de
 *     moins de trois mois"
 */
public record MissingPiece(String code, LocalizedText label) {
    private static final Pattern CODE = Pattern.compile("[a-z][a-z0-9]*(-[a-z0-9]+)*");

    /**
     * Checks the piece.
     *
     * @param code the stable code
     * @param label what is missing
     * @throws IllegalArgumentException if the code is malformed
     */
    public MissingPiece {
        requireNonNull(code, "code");
        requireNonNull(label, "label");
        if (code.length() > 64 || !CODE.matcher(code).matches()) {
            throw new IllegalArgumentException(
                    "A missing piece's code is lower-case words joined by hyphens");
        }
    }
}
