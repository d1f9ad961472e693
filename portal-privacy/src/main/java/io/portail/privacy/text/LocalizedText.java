package io.portail.privacy.text;

import static java.util.Objects.requireNonNull;

import java.util.Locale;

/**
 * A text a resident reads, in French and in English.
 *
 * <p>French is the language of the administration (loi 94-665, art. 1) and the default; English is
 * offered to residents who ask for it. Immutable and thread-safe.
 *
 * @param fr the French text
 * @param en the English text
 */
public record LocalizedText(String fr, String en) {
    /**
     * Checks that both texts are present.
     *
     * @param fr the French text
     * @param en the English text
     * @throws IllegalArgumentException if either text is blank
     */
    public LocalizedText {
        requireNonNull(fr, "fr");
        requireNonNull(en, "en");
        if (fr.isBlank() || en.isBlank()) {
            throw new IllegalArgumentException("A text needs both its French and English forms");
        }
    }

    /**
     * Returns the text with the same wording in both languages, for proper names.
     *
     * @param both the text
     * @return the text
     * @throws IllegalArgumentException if the text is blank
     */
    public static LocalizedText same(String both) {
        return new LocalizedText(both, both);
    }

    /**
     * Returns the text in the given language: English for an English locale, French otherwise.
     *
     * @param locale the resident's locale
     * @return the text in that language
     */
    public String in(Locale locale) {
        requireNonNull(locale, "locale");
        return "en".equals(locale.getLanguage()) ? en : fr;
    }

    @Override
    public String toString() {
        return fr;
    }
}
