package io.portail.core.school;

import static java.util.Objects.requireNonNull;

import java.text.Normalizer;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * Street names compared as people type them: without case, accents, apostrophes, hyphens and
 * repeated spaces, and with the usual abbreviations of street types spelled out.
 *
 * <p>{@code "12 Av. de l’Église"} and {@code "avenue de l'eglise"} have the same key (case F06 for
 * the typographic apostrophe). Thread-safe.
 */
public final class StreetName {

    private static final Pattern MARKS = Pattern.compile("\\p{M}+");
    private static final Pattern SEPARATORS = Pattern.compile("[\\s'’ʼ`´\\-.,]+");

    // Abbreviations of street types in French addresses (norme AFNOR NF Z10-011 uses similar
    // ones); only the first word is expanded.
    private static final Map<String, String> TYPES =
            Map.ofEntries(
                    Map.entry("av", "avenue"),
                    Map.entry("ave", "avenue"),
                    Map.entry("bd", "boulevard"),
                    Map.entry("bld", "boulevard"),
                    Map.entry("r", "rue"),
                    Map.entry("pl", "place"),
                    Map.entry("imp", "impasse"),
                    Map.entry("ch", "chemin"),
                    Map.entry("rte", "route"),
                    Map.entry("all", "allee"),
                    Map.entry("sq", "square"),
                    Map.entry("fg", "faubourg"));

    private StreetName() {}

    /**
     * Returns the key under which a street name is compared.
     *
     * @param street the street name as typed, without the house number
     * @return the key: lower-case ASCII words separated by single spaces
     * @throws IllegalArgumentException if the name has no letter or digit, or is over 200
     *     characters
     */
    public static String key(String street) {
        requireNonNull(street, "street");
        if (street.length() > 200) {
            throw new IllegalArgumentException(
                    "A street name is at most 200 characters: " + street.length());
        }
        String folded =
                MARKS.matcher(Normalizer.normalize(street, Normalizer.Form.NFD))
                        .replaceAll("")
                        .replace("œ", "oe")
                        .replace("Œ", "oe")
                        .replace("æ", "ae")
                        .replace("Æ", "ae")
                        .toLowerCase(Locale.ROOT);
        String spaced = SEPARATORS.matcher(folded).replaceAll(" ").strip();
        if (spaced.isEmpty()) {
            throw new IllegalArgumentException("A street name needs a letter or a digit");
        }
        int space = spaced.indexOf(' ');
        String first = space < 0 ? spaced : spaced.substring(0, space);
        String type = TYPES.get(first);
        return type == null ? spaced : type + spaced.substring(first.length());
    }
}
