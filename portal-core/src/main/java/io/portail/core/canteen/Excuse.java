package io.portail.core.canteen;

import io.portail.privacy.text.LocalizedText;

/**
 * Why a booked meal is not billed although it was not cancelled in time.
 *
 * <p>These are the usual terms of communes' canteen rules; no national text sets them, and the
 * commune may keep fewer. The certificate of an illness is seen by the canteen office and is not
 * stored here.
 */
public enum Excuse {
    /** The child was ill, with a medical certificate. */
    ILLNESS_WITH_CERTIFICATE(
            new LocalizedText(
                    "absence pour maladie (certificat médical)", "illness (doctor's note)")),
    /** The school or the canteen was closed. */
    SCHOOL_CLOSURE(new LocalizedText("fermeture de l'école", "school closed")),
    /** A strike prevented the service. */
    STRIKE(new LocalizedText("grève", "strike"));

    private final LocalizedText label;

    Excuse(LocalizedText label) {
        this.label = label;
    }

    /**
     * Returns the excuse as a resident reads it on a statement.
     *
     * @return the label
     */
    public LocalizedText label() {
        return label;
    }
}
