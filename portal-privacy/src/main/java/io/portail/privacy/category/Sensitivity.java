package io.portail.privacy.category;

/** How sensitive a category of personal data is, which decides the rules that apply to it. */
public enum Sensitivity {
    /** Ordinary personal data: an article 6 basis is enough. */
    ORDINARY,
    /**
     * A special category (GDPR art. 9(1)): health, and the other kinds listed there. Processing it
     * also needs one of the conditions of art. 9(2).
     */
    SPECIAL_CATEGORY,
    /**
     * The NIR, the social security number, whose use has its own regime in France (loi 78-17, art.
     * 30, and décret 2019-341, the "décret cadre NIR", which lists who may use it and for what).
     */
    NIR,
    /** Data on criminal convictions and offences (GDPR art. 10). */
    OFFENCES
}
