package io.portail.core.school.fr;

import io.portail.privacy.text.LocalizedText;

/**
 * A ground for schooling a child in another commune's school (dérogation), after Code de
 * l'éducation art. L212-8 and R212-21 to R212-23.
 *
 * <p>A ground "of right" obliges the home commune to contribute to the cost of schooling in the
 * host commune (L212-8, fifth paragraph), so that it cannot oppose the request on cost; other
 * grounds depend on the agreement of the home commune's mayor. The host school still needs a place.
 */
public enum DerogationGround {
    /**
     * Both parents (or the single parent) work and the home commune provides neither canteen nor
     * childcare (L212-8 1°, R212-21).
     */
    PARENTS_WORK_WITHOUT_CARE(
            true,
            new LocalizedText(
                    "Code de l'éducation, articles L212-8 1° et R212-21",
                    "French Education Code, articles L212-8 1° and R212-21"),
            new LocalizedText(
                    "Vous travaillez et votre commune n'offre ni cantine ni garde des enfants",
                    "You work and your home commune offers neither canteen nor childcare")),
    /**
     * The child's health needs regular care or treatment in the host commune (L212-8 3°, R212-22).
     */
    MEDICAL(
            true,
            new LocalizedText(
                    "Code de l'éducation, articles L212-8 3° et R212-22",
                    "French Education Code, articles L212-8 3° and R212-22"),
            new LocalizedText(
                    "La santé de votre enfant demande des soins réguliers dans l'autre commune",
                    "Your child's health needs regular care in the other commune")),
    /**
     * A brother or sister is already enrolled in a school of the host commune (L212-8 2°, R212-23),
     * provided that the sibling's enrolment was itself justified.
     */
    SIBLING(
            true,
            new LocalizedText(
                    "Code de l'éducation, articles L212-8 2° et R212-23",
                    "French Education Code, articles L212-8 2° and R212-23"),
            new LocalizedText(
                    "Un frère ou une sœur de votre enfant va déjà à l'école dans l'autre commune",
                    "A brother or sister of your child already goes to school in the other"
                            + " commune")),
    /**
     * The child started nursery or primary school in the host commune and finishes that stage there
     * (L212-8, last paragraph).
     */
    CONTINUING_STAGE(
            true,
            new LocalizedText(
                    "Code de l'éducation, article L212-8, dernier alinéa",
                    "French Education Code, article L212-8, last paragraph"),
            new LocalizedText(
                    "Votre enfant termine à l'école où il a commencé la maternelle ou"
                            + " l'élémentaire",
                    "Your child finishes nursery or primary school where they started it")),
    /** Any other reason: nearness to work, a grandparent who fetches the child... */
    OTHER(
            false,
            new LocalizedText(
                    "Code de l'éducation, article L212-8, premier alinéa",
                    "French Education Code, article L212-8, first paragraph"),
            new LocalizedText("Une autre raison", "Another reason"));

    private final boolean ofRight;
    private final LocalizedText source;
    private final LocalizedText label;

    DerogationGround(boolean ofRight, LocalizedText source, LocalizedText label) {
        this.ofRight = ofRight;
        this.source = source;
        this.label = label;
    }

    /**
     * Tells whether the ground is of right (de droit).
     *
     * @return true if the home commune must contribute to the cost
     */
    public boolean isOfRight() {
        return ofRight;
    }

    /**
     * Returns the articles the ground comes from, as a resident reads them.
     *
     * @return the source, in French and English
     */
    public LocalizedText source() {
        return source;
    }

    /**
     * Returns the ground as a resident reads it.
     *
     * @return the label
     */
    public LocalizedText label() {
        return label;
    }
}
