package io.portail.privacy.purpose;

import io.portail.privacy.text.LocalizedText;
import java.util.Collections;
import java.util.EnumSet;
import java.util.Set;

/**
 * The lawful basis of a processing activity, from GDPR article 6(1).
 *
 * <p>A commune acting as a public authority rests most processing on {@link #PUBLIC_TASK} or {@link
 * #LEGAL_OBLIGATION}. Article 6(1), last subparagraph, excludes legitimate interests for processing
 * carried out by public authorities in the performance of their tasks.
 */
public enum LegalBasis {
    /** Art. 6(1)(a): the data subject has given consent. */
    CONSENT("6(1)(a)", new LocalizedText("votre consentement", "your consent")),
    /** Art. 6(1)(b): necessary for a contract with the data subject. */
    CONTRACT("6(1)(b)", new LocalizedText("un contrat passé avec vous", "a contract with you")),
    /** Art. 6(1)(c): necessary for compliance with a legal obligation. */
    LEGAL_OBLIGATION(
            "6(1)(c)",
            new LocalizedText(
                    "une obligation légale de la commune", "a legal obligation of the commune")),
    /** Art. 6(1)(d): necessary to protect vital interests. */
    VITAL_INTERESTS(
            "6(1)(d)",
            new LocalizedText(
                    "la protection des intérêts vitaux d'une personne",
                    "protecting someone's vital interests")),
    /** Art. 6(1)(e): necessary for a task carried out in the public interest. */
    PUBLIC_TASK(
            "6(1)(e)",
            new LocalizedText(
                    "une mission de service public confiée à la commune",
                    "a public task entrusted to the commune")),
    /** Art. 6(1)(f): legitimate interests; not for a public authority's own tasks. */
    LEGITIMATE_INTERESTS(
            "6(1)(f)", new LocalizedText("un intérêt légitime", "a legitimate interest"));

    private final String article;
    private final LocalizedText label;

    LegalBasis(String article, LocalizedText label) {
        this.article = article;
        this.label = label;
    }

    /**
     * Returns the basis in plain words, as the end of "Ce traitement repose sur ...".
     *
     * @return the label, such as "une mission de service public confiée à la commune"
     */
    public LocalizedText label() {
        return label;
    }

    /**
     * Tells whether consent may be asked for processing on this basis.
     *
     * <p>Only processing based on consent may ask for it. Asking a resident to consent to
     * processing that rests on a public task or a legal obligation would mislead them: refusing or
     * withdrawing would not stop it (GDPR art. 7 and recital 43; EDPB guidelines 05/2020 on
     * consent, section 3.1.1, on imbalance of power with public authorities).
     *
     * @return true for {@link #CONSENT} only
     */
    public boolean allowsConsent() {
        return this == CONSENT;
    }

    /**
     * Returns the rights that apply, fully or with a limit, to processing on this basis.
     *
     * @return the rights, in the order of the regulation
     * @see Right#scopeUnder(LegalBasis)
     */
    public Set<Right> rights() {
        Set<Right> rights = EnumSet.noneOf(Right.class);
        for (Right right : Right.values()) {
            if (right.scopeUnder(this) != Right.Scope.NONE) {
                rights.add(right);
            }
        }
        return Collections.unmodifiableSet(rights);
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
