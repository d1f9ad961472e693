package io.portail.forms.validation;

import static java.util.Objects.requireNonNull;

import io.portail.privacy.text.LocalizedText;

/**
 * One thing to put right in the answers: where, a stable code, and a plain message.
 *
 * <p>The message never quotes what the resident typed, so a violation can be logged.
 *
 * @param path the field id, with the part for composite answers, such as {@code address.street}
 * @param code a stable code for programs, such as {@code required} or {@code email.wrong-format}
 * @param message what is wrong and how to put it right, in French and English
 */
public record Violation(String path, String code, LocalizedText message) {
    /**
     * Checks the violation.
     *
     * @param path the field path
     * @param code the stable code
     * @param message the message
     */
    public Violation {
        requireNonNull(path, "path");
        requireNonNull(code, "code");
        requireNonNull(message, "message");
    }
}
