package io.portail.privacy.category;

import io.portail.privacy.text.LocalizedText;

/** A kind of person whose data a processing activity handles (GDPR art. 30(1)(c)). */
public enum DataSubject {
    /** A resident or user of the commune's services. */
    RESIDENT(new LocalizedText("les usagers", "residents and users")),
    /** A child, a minor in the care of a legal representative. */
    CHILD(new LocalizedText("les enfants", "children")),
    /** A parent or guardian acting for a child. */
    LEGAL_REPRESENTATIVE(
            new LocalizedText("les représentants légaux", "parents and legal guardians")),
    /** An agent of the commune. */
    AGENT(new LocalizedText("les agents de la commune", "the commune's staff"));

    private final LocalizedText label;

    DataSubject(LocalizedText label) {
        this.label = label;
    }

    /**
     * Returns the plural label residents read, such as "les enfants".
     *
     * @return the label
     */
    public LocalizedText label() {
        return label;
    }
}
