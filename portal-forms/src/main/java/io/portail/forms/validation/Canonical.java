package io.portail.forms.validation;

/**
 * Writes the canonical text of a composite answer (a group, attachments): each part as {@code
 * name=length:text;}, so that no text can be mistaken for a separator and two different answers
 * never share a canonical text.
 */
final class Canonical {
    private Canonical() {}

    /** The length of what {@link #append} writes. */
    static int length(String name, String text) {
        int size = text.length();
        int digits = 1;
        for (int rest = size / 10; rest > 0; rest /= 10) {
            digits++;
        }
        return name.length() + 1 + digits + 1 + size + 1;
    }

    static void append(StringBuilder out, String name, String text) {
        out.append(name).append('=').append(text.length()).append(':').append(text).append(';');
    }
}
