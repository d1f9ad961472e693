package io.portail.forms.validation;

/**
 * Writes the canonical text of a composite answer (a group, attachments): each part as {@code
 * name=length:text;}, so that no text can be mistaken for a separator and two different answers
 * never share a canonical text.
 */
final class Canonical {
    private Canonical() {}

    static void append(StringBuilder out, String name, String text) {
        out.append(name).append('=').append(text.length()).append(':').append(text).append(';');
    }
}
