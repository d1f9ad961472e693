package io.portail.core.receipt;

import static java.util.Objects.requireNonNull;

/**
 * Escapes text for HTML, so that no value can open a tag, close an attribute or start an entity.
 *
 * <p>Thread-safe. Both methods escape {@code & < > " '}; the attribute form also escapes the
 * characters that end an unquoted attribute value and the grave accent, so that it is safe in a
 * double- or single-quoted attribute. Control characters other than tab, line feed and carriage
 * return, and unpaired surrogates, are replaced by U+FFFD: they are not allowed in HTML text.
 */
public final class HtmlEscape {
    private HtmlEscape() {}

    /**
     * Escapes text to be placed between tags.
     *
     * @param text the text
     * @return the escaped text
     */
    public static String text(String text) {
        return escape(requireNonNull(text, "text"), false);
    }

    /**
     * Escapes text to be placed in a quoted attribute value.
     *
     * @param value the value
     * @return the escaped value
     */
    public static String attribute(String value) {
        return escape(requireNonNull(value, "value"), true);
    }

    private static String escape(String text, boolean attribute) {
        StringBuilder out = new StringBuilder(text.length() + 16);
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            switch (c) {
                case '&' -> out.append("&amp;");
                case '<' -> out.append("&lt;");
                case '>' -> out.append("&gt;");
                case '"' -> out.append("&quot;");
                case '\'' -> out.append("&#39;");
                case '`' -> out.append(attribute ? "&#96;" : "`");
                case '=' -> out.append(attribute ? "&#61;" : "=");
                default -> {
                    if (Character.isHighSurrogate(c)
                            && i + 1 < text.length()
                            && Character.isLowSurrogate(text.charAt(i + 1))) {
                        out.append(c).append(text.charAt(++i));
                    } else if (Character.isSurrogate(c)
                            || (Character.isISOControl(c) && c != '\t' && c != '\n' && c != '\r')) {
                        out.append('\uFFFD');
                    } else {
                        out.append(c);
                    }
                }
            }
        }
        return out.toString();
    }
}
