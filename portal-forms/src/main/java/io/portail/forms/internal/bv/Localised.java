package io.portail.forms.internal.bv;

import java.util.Locale;

/** A validator whose messages are in a chosen language. */
public interface Localised {
    /**
     * Chooses the language of the messages.
     *
     * @param locale the resident's locale
     */
    void useLocale(Locale locale);
}
