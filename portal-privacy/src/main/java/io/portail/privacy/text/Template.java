package io.portail.privacy.text;

import static java.util.Objects.requireNonNull;

import java.util.Map;

/**
 * Fills {@code {name}} placeholders in a text, in one pass.
 *
 * <p>Values are inserted literally and never read again, so a value that itself holds braces or an
 * expression such as {@code ${1+1}} stays as it is (case F08). A placeholder with no value is left
 * as written.
 */
public final class Template {
    private Template() {}

    /**
     * Fills the placeholders of a template.
     *
     * @param template the text with {@code {name}} placeholders
     * @param values the value of each placeholder by name
     * @return the filled text
     */
    public static String fill(String template, Map<String, String> values) {
        requireNonNull(template, "template");
        requireNonNull(values, "values");
        StringBuilder out = new StringBuilder(template.length() + 64);
        int i = 0;
        while (i < template.length()) {
            char c = template.charAt(i);
            int close = c == '{' ? template.indexOf('}', i + 1) : -1;
            if (close > 0) {
                String value = values.get(template.substring(i + 1, close));
                if (value != null) {
                    out.append(value);
                    i = close + 1;
                    continue;
                }
            }
            out.append(c);
            i++;
        }
        return out.toString();
    }
}
