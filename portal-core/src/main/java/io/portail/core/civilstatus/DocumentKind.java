package io.portail.core.civilstatus;

import io.portail.privacy.text.LocalizedText;

/** The document delivered from a civil-status record. */
public enum DocumentKind {
    /** Full copy (copie intégrale): the whole record with its marginal notes. */
    FULL_COPY(new LocalizedText("copie intégrale", "full copy")),
    /** Extract with the parents' names (extrait avec filiation). */
    EXTRACT_WITH_PARENTS(
            new LocalizedText("extrait avec filiation", "extract with the parents' names")),
    /** Extract without the parents' names (extrait sans filiation). */
    EXTRACT_WITHOUT_PARENTS(
            new LocalizedText("extrait sans filiation", "extract without the parents' names")),
    /**
     * Multilingual extract (extrait plurilingue) on the form of the CIEC convention no. 16 (Vienna,
     * 8 September 1976), for use abroad. It shows the parents' names.
     */
    MULTILINGUAL_EXTRACT(new LocalizedText("extrait plurilingue", "multilingual extract"));

    private final LocalizedText label;

    DocumentKind(LocalizedText label) {
        this.label = label;
    }

    /**
     * Returns the name of the document as a resident reads it, in lower case.
     *
     * @return the name, for example "copie intégrale"
     */
    public LocalizedText label() {
        return label;
    }
}
