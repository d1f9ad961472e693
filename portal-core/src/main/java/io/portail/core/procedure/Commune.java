package io.portail.core.procedure;

import static java.util.Objects.requireNonNull;

import java.time.ZoneId;
import java.util.regex.Pattern;

/**
 * The commune that runs the portal.
 *
 * @param name its name, such as "Saint-Exemple"
 * @param inseeCode its INSEE code (Code officiel géographique), which gives its department and so
 *     its working-day calendar
 * @param zone its time zone: Europe/Paris, or the zone of an overseas department
 * @param administrativeCourt the administrative court residents can appeal to, such as "tribunal
 *     administratif d'Orléans" (CJA art. R312-1)
 */
public record Commune(String name, String inseeCode, ZoneId zone, String administrativeCourt) {
    private static final Pattern INSEE = Pattern.compile("(\\d{2}|2A|2B)\\d{3}");

    /**
     * Checks the commune.
     *
     * @param name its name
     * @param inseeCode its INSEE code: five characters, 2A or 2B for Corsica
     * @param zone its time zone
     * @param administrativeCourt the administrative court residents can appeal to
     * @throws IllegalArgumentException if the INSEE code is malformed
     */
    public Commune {
        requireNonNull(name, "name");
        requireNonNull(inseeCode, "inseeCode");
        requireNonNull(zone, "zone");
        requireNonNull(administrativeCourt, "administrativeCourt");
        if (!INSEE.matcher(inseeCode).matches()) {
            throw new IllegalArgumentException(
                    "An INSEE commune code has five characters, such as 45234 or 2A004");
        }
    }
}
