package io.portail.privacy.purpose;

import static java.util.Objects.requireNonNull;

import io.portail.privacy.text.LocalizedText;

/**
 * A right of the data subject (GDPR arts. 7(3) and 15 to 21), and whether it applies under a given
 * legal basis.
 */
public enum Right {
    /** Art. 15: access to one's data. */
    ACCESS("15", new LocalizedText("accéder à vos données", "access your data")),
    /** Art. 16: rectification of inaccurate data. */
    RECTIFICATION("16", new LocalizedText("les faire rectifier", "have it corrected")),
    /** Art. 17: erasure. */
    ERASURE("17", new LocalizedText("les faire effacer", "have it erased")),
    /** Art. 18: restriction of processing. */
    RESTRICTION("18", new LocalizedText("en limiter l'utilisation", "have its use restricted")),
    /** Art. 20: data portability. */
    PORTABILITY(
            "20",
            new LocalizedText(
                    "les recevoir dans un format courant pour les réutiliser",
                    "receive it in a common format to reuse it")),
    /** Art. 21: objection to processing. */
    OBJECTION(
            "21",
            new LocalizedText(
                    "vous opposer à leur utilisation, pour des raisons tenant à votre situation"
                            + " particulière",
                    "object to its use, on grounds relating to your particular situation")),
    /** Art. 7(3): withdrawal of consent. */
    WITHDRAWAL(
            "7(3)",
            new LocalizedText(
                    "retirer votre consentement à tout moment, aussi simplement que vous l'avez"
                            + " donné",
                    "withdraw your consent at any time, as easily as you gave it"));

    /** How far a right applies under a legal basis. */
    public enum Scope {
        /** The right applies in full. */
        FULL,
        /**
         * The right applies with a limit set by the regulation: erasure under a public task or a
         * legal obligation only once the data is no longer needed for it (art. 17(3)(b)).
         */
        LIMITED,
        /** The right does not apply under this basis. */
        NONE
    }

    private final String article;
    private final LocalizedText action;

    Right(String article, LocalizedText action) {
        this.article = article;
        this.action = action;
    }

    /**
     * Returns the GDPR article that grants the right.
     *
     * @return the article, such as {@code 15}
     */
    public String article() {
        return article;
    }

    /**
     * Returns what the right lets a resident do, as the end of "Vous pouvez ...".
     *
     * @return the action, such as "accéder à vos données"
     */
    public LocalizedText action() {
        return action;
    }

    /**
     * Tells how far this right applies to processing resting on the given basis.
     *
     * <ul>
     *   <li>Access, rectification and restriction apply whatever the basis (arts. 15, 16, 18).
     *   <li>Erasure is limited under a legal obligation or a public task (art. 17(3)(b)): the data
     *       stays while it is needed for the obligation or the task.
     *   <li>Portability applies only to processing based on consent or a contract (art. 20(1)(a)),
     *       never to a public task (art. 20(3)).
     *   <li>Objection applies to a public task or legitimate interests (art. 21(1)).
     *   <li>Withdrawal applies to consent only (art. 7(3)).
     * </ul>
     *
     * @param basis the legal basis
     * @return the scope
     */
    public Scope scopeUnder(LegalBasis basis) {
        requireNonNull(basis, "basis");
        return switch (this) {
            case ACCESS, RECTIFICATION, RESTRICTION -> Scope.FULL;
            case ERASURE ->
                    basis == LegalBasis.LEGAL_OBLIGATION || basis == LegalBasis.PUBLIC_TASK
                            ? Scope.LIMITED
                            : Scope.FULL;
            case PORTABILITY ->
                    basis == LegalBasis.CONSENT || basis == LegalBasis.CONTRACT
                            ? Scope.FULL
                            : Scope.NONE;
            case OBJECTION ->
                    basis == LegalBasis.PUBLIC_TASK || basis == LegalBasis.LEGITIMATE_INTERESTS
                            ? Scope.FULL
                            : Scope.NONE;
            case WITHDRAWAL -> basis == LegalBasis.CONSENT ? Scope.FULL : Scope.NONE;
        };
    }
}
