package io.portail.core.reference;

import static java.util.Objects.requireNonNull;

import java.util.Locale;

/**
 * Thrown when a text is not a request reference, with the reason; the message never repeats the
 * text.
 */
public final class InvalidReferenceException extends IllegalArgumentException {

    private static final long serialVersionUID = 1L;

    /** An example of a valid reference, shown to residents. */
    static final String EXAMPLE = "SE-4KX7-P9M3-9";

    /** Why a text is not a reference, with the message shown to the resident who typed it. */
    public enum Reason {
        /** Nothing but spaces and dashes was typed. */
        EMPTY(
                "Saisissez la référence de votre demande, par exemple " + EXAMPLE + ".",
                "Enter the reference of your request, for example " + EXAMPLE + "."),
        /** A character is not one of the alphabet's. */
        WRONG_CHARACTER(
                "La référence ne contient que les chiffres 2 à 9 et des lettres sans accent, sauf"
                        + " I, L, O, Q et U. Vérifiez chaque caractère.",
                "The reference only contains the digits 2 to 9 and letters without accents,"
                        + " except I, L, O, Q and U. Check each character."),
        /** The text has too few or too many characters. */
        WRONG_LENGTH(
                "La référence compte 11 caractères, par exemple " + EXAMPLE + ".",
                "The reference has 11 characters, for example " + EXAMPLE + "."),
        /** The first two characters are not letters. */
        WRONG_START(
                "La référence commence par deux lettres, par exemple " + EXAMPLE + ".",
                "The reference starts with two letters, for example " + EXAMPLE + "."),
        /** The check character does not match: a character was changed or two were swapped. */
        WRONG_CHECK_CHARACTER(
                "Un caractère de la référence semble différent de celui de votre accusé de"
                        + " réception. Vérifiez la référence caractère par caractère.",
                "One character of the reference seems different from the one on your"
                        + " acknowledgement of receipt. Check the reference character by"
                        + " character.");

        private final String french;
        private final String english;

        Reason(String french, String english) {
            this.french = french;
            this.english = english;
        }

        /**
         * Returns the message for the resident, in English for an English locale and in French
         * otherwise.
         *
         * @param locale the resident's locale
         * @return the message, plain and without the text typed
         */
        public String message(Locale locale) {
            requireNonNull(locale, "locale");
            return "en".equals(locale.getLanguage()) ? english : french;
        }
    }

    private final Reason reason;

    InvalidReferenceException(Reason reason, String message) {
        super(message);
        this.reason = reason;
    }

    /**
     * Returns why the text is not a reference.
     *
     * @return the reason
     */
    public Reason reason() {
        return reason;
    }
}
