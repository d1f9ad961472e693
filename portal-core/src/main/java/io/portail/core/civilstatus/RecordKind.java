package io.portail.core.civilstatus;

import io.portail.privacy.text.LocalizedText;

/** The kind of civil-status record (acte de l'état civil) a document is drawn from. */
public enum RecordKind {
    /** Birth record (acte de naissance). */
    BIRTH(new LocalizedText("acte de naissance", "birth record")),
    /** Marriage record (acte de mariage). */
    MARRIAGE(new LocalizedText("acte de mariage", "marriage record")),
    /** Death record (acte de décès). */
    DEATH(new LocalizedText("acte de décès", "death record"));

    private final LocalizedText label;

    RecordKind(LocalizedText label) {
        this.label = label;
    }

    /**
     * Returns the name of the record as a resident reads it, in lower case.
     *
     * @return the name, for example "acte de naissance"
     */
    public LocalizedText label() {
        return label;
    }
}
