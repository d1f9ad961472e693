package io.portail.core.internal;

import java.time.ZoneId;
import java.time.ZonedDateTime;

/**
 * Names the time of a moment shown to residents: « heure de Paris » or « heure locale ».
 *
 * <p>In the hour that a zone lives twice when clocks go back (in Paris, the last Sunday of October,
 * from 2:00 to 3:00), the name also says whether summer or winter time is meant, so that two
 * moments an hour apart never read the same: « 2 h 30 (heure d'été de Paris) », then « 2 h 30
 * (heure d'hiver de Paris) ». Outside that hour, and in zones whose clocks never go back, nothing
 * is added.
 */
public final class ZoneTexts {
    private static final ZoneId PARIS = ZoneId.of("Europe/Paris");

    private ZoneTexts() {}

    /**
     * Names the time of a moment in French or in English.
     *
     * @param at the moment, in the commune's zone
     * @param english true for English, false for French
     * @return the name, without brackets
     */
    public static String label(ZonedDateTime at, boolean english) {
        boolean paris = at.getZone().equals(PARIS);
        boolean twice = at.getZone().getRules().getValidOffsets(at.toLocalDateTime()).size() > 1;
        if (!twice) {
            if (english) {
                return paris ? "Paris time" : "local time";
            }
            return paris ? "heure de Paris" : "heure locale";
        }
        boolean summer = at.getZone().getRules().isDaylightSavings(at.toInstant());
        if (english) {
            return (paris ? "Paris " : "local ") + (summer ? "summer time" : "winter time");
        }
        return (summer ? "heure d'été" : "heure d'hiver") + (paris ? " de Paris" : " locale");
    }
}
