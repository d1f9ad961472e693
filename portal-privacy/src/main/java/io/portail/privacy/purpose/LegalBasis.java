package io.portail.privacy.purpose;

/**
 * The lawful basis of a processing activity, from GDPR article 6(1).
 *
 * <p>A commune acting as a public authority rests most processing on {@link #PUBLIC_TASK} or {@link
 * #LEGAL_OBLIGATION}. Article 6(1), last subparagraph, excludes legitimate interests for processing
 * carried out by public authorities in the performance of their tasks.
 */
public enum LegalBasis {
    /** Art. 6(1)(a): the data subject has given consent. */
    CONSENT("6(1)(a)"),
    /** Art. 6(1)(b): necessary for a contract with the data subject. */
    CONTRACT("6(1)(b)"),
    /** Art. 6(1)(c): necessary for compliance with a legal obligation. */
    LEGAL_OBLIGATION("6(1)(c)"),
    /** Art. 6(1)(d): necessary to protect vital interests. */
    VITAL_INTERESTS("6(1)(d)"),
    /** Art. 6(1)(e): necessary for a task carried out in the public interest. */
    PUBLIC_TASK("6(1)(e)"),
    /** Art. 6(1)(f): legitimate interests; not for a public authority's own tasks. */
    LEGITIMATE_INTERESTS("6(1)(f)");

    private final String article;

    LegalBasis(String article) {
        this.article = article;
    }

    /**
     * Returns the point of GDPR article 6 that defines this basis.
     *
     * @return the point, such as {@code 6(1)(e)}
     */
    public String article() {
        return article;
    }
}
