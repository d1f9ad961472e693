package io.portail.privacy.purpose;

import io.portail.privacy.text.LocalizedText;

/**
 * The condition of GDPR article 9(2) that lifts the ban on processing a special category.
 *
 * <p>An activity that processes a special category (health, for instance) needs one of these on top
 * of its article 6 basis.
 */
public enum SpecialCategoryCondition {
    /** Art. 9(2)(a): explicit consent. */
    EXPLICIT_CONSENT(
            "9(2)(a)", new LocalizedText("votre consentement explicite", "your explicit consent")),
    /** Art. 9(2)(b): obligations in employment and social protection law. */
    EMPLOYMENT_AND_SOCIAL_PROTECTION(
            "9(2)(b)",
            new LocalizedText(
                    "les obligations du droit du travail et de la protection sociale",
                    "obligations of employment and social protection law")),
    /** Art. 9(2)(c): vital interests of a person unable to consent. */
    VITAL_INTERESTS(
            "9(2)(c)",
            new LocalizedText(
                    "la protection des intérêts vitaux d'une personne",
                    "protecting someone's vital interests")),
    /** Art. 9(2)(d): a foundation, association or other not-for-profit body. */
    NOT_FOR_PROFIT_BODY(
            "9(2)(d)",
            new LocalizedText(
                    "l'activité d'un organisme à but non lucratif",
                    "the activity of a not-for-profit body")),
    /** Art. 9(2)(e): data manifestly made public by the person. */
    MADE_PUBLIC(
            "9(2)(e)",
            new LocalizedText(
                    "des données que vous avez rendues publiques", "data you have made public")),
    /** Art. 9(2)(f): legal claims. */
    LEGAL_CLAIMS("9(2)(f)", new LocalizedText("la défense de droits en justice", "legal claims")),
    /** Art. 9(2)(g): substantial public interest, on the basis of Union or Member State law. */
    SUBSTANTIAL_PUBLIC_INTEREST(
            "9(2)(g)",
            new LocalizedText(
                    "un motif d'intérêt public important prévu par un texte",
                    "a substantial public interest set out in law")),
    /** Art. 9(2)(h): preventive medicine, care, by or under a professional bound by secrecy. */
    HEALTH_OR_SOCIAL_CARE(
            "9(2)(h)",
            new LocalizedText("la prise en charge médicale ou sociale", "medical or social care")),
    /** Art. 9(2)(i): public interest in public health. */
    PUBLIC_HEALTH(
            "9(2)(i)",
            new LocalizedText(
                    "l'intérêt public dans le domaine de la santé publique",
                    "public interest in public health")),
    /** Art. 9(2)(j): archiving in the public interest, research or statistics. */
    ARCHIVING_RESEARCH_STATISTICS(
            "9(2)(j)",
            new LocalizedText(
                    "l'archivage, la recherche ou la statistique",
                    "archiving, research or statistics"));

    private final String article;
    private final LocalizedText label;

    SpecialCategoryCondition(String article, LocalizedText label) {
        this.article = article;
        this.label = label;
    }

    /**
     * Returns the condition in plain words, as the end of "sur ce fondement : ...".
     *
     * @return the label
     */
    public LocalizedText label() {
        return label;
    }

    /**
     * Returns the point of GDPR article 9 that sets this condition.
     *
     * @return the point, such as {@code 9(2)(g)}
     */
    public String article() {
        return article;
    }
}
