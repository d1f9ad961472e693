package io.portail.core.receipt;

/** The kinds of notices a commune sends about a request, with the text that requires each. */
public enum NoticeKind {
    /** Accusé d'enregistrement électronique (CRPA art. L112-11, R112-11-2). */
    REGISTRATION("registration", "CRPA art. L112-11, R112-11-2"),
    /** Accusé de réception (CRPA art. L112-3, R112-5, R112-11-1). */
    RECEIPT("receipt", "CRPA art. L112-3, R112-5, R112-11-1"),
    /** Accusé de réception of an incomplete request, listing the missing pieces (L114-5). */
    INCOMPLETE("incomplete", "CRPA art. L114-5, R112-5"),
    /** Notification of an express decision with the appeal routes (CJA art. R421-1, R421-5). */
    DECISION("decision", "CRPA art. L211-2; CJA art. R421-1, R421-5"),
    /** Attestation of an implicit acceptance (CRPA art. L232-3). */
    IMPLICIT_ACCEPTANCE_ATTESTATION("implicit-acceptance-attestation", "CRPA art. L232-3"),
    /** Receipt of a payment. */
    PAYMENT("payment", "Payment receipt");

    private final String wire;
    private final String legalBasis;

    NoticeKind(String wire, String legalBasis) {
        this.wire = wire;
        this.legalBasis = legalBasis;
    }

    /**
     * Returns the name of the kind in JSON and event data.
     *
     * @return lower-case words joined by hyphens, such as {@code registration}
     */
    public String wire() {
        return wire;
    }

    /**
     * Returns the text that requires this notice.
     *
     * @return the articles, such as "CRPA art. L232-3"
     */
    public String legalBasis() {
        return legalBasis;
    }
}
