package io.portail.core.appointment;

import static java.util.Objects.requireNonNull;

import io.portail.core.internal.Ids;
import io.portail.privacy.text.LocalizedText;
import java.util.regex.Pattern;

/**
 * Why a resident comes to the desk, such as an identity card or a passport.
 *
 * <p>Immutable and thread-safe.
 *
 * @param code the stable code, lower-case words joined by hyphens, such as {@code id-card}
 * @param label what residents read, such as "Carte d'identité"
 * @param needsAntsPreDemande whether the resident must give the number of an ANTS online
 *     pre-application (pré-demande), as for identity cards and passports (décret 55-1397 art. 4-2
 *     and décret 2005-1726 art. 7: the application is made at a town hall equipped with a
 *     collecting station)
 */
public record Motive(String code, LocalizedText label, boolean needsAntsPreDemande) {
    private static final Pattern CODE = Pattern.compile("[a-z][a-z0-9]*(-[a-z0-9]+)*");

    /**
     * Checks the motive.
     *
     * @param code the stable code
     * @param label what residents read
     * @param needsAntsPreDemande whether an ANTS pre-application number is required
     * @throws IllegalArgumentException if the code is malformed
     */
    public Motive {
        requireNonNull(code, "code");
        requireNonNull(label, "label");
        if (!CODE.matcher(code).matches()) {
            throw new IllegalArgumentException(
                    "A motive code is lower-case words joined by hyphens: " + Ids.shown(code));
        }
    }
}
