package io.portail.core.school;

import io.portail.privacy.text.LocalizedText;

/** The levels of French nursery (maternelle) and primary (élémentaire) school, in order. */
public enum SchoolLevel {
    /** Toute petite section, from two years old where places allow. */
    TPS(new LocalizedText("toute petite section", "nursery, first year for two-year-olds")),
    /** Petite section. */
    PS(new LocalizedText("petite section", "nursery, first year")),
    /** Moyenne section. */
    MS(new LocalizedText("moyenne section", "nursery, second year")),
    /** Grande section. */
    GS(new LocalizedText("grande section", "nursery, third year")),
    /** Cours préparatoire. */
    CP(new LocalizedText("CP (cours préparatoire)", "first year of primary school (CP)")),
    /** Cours élémentaire, first year. */
    CE1(new LocalizedText("CE1 (cours élémentaire 1)", "second year of primary school (CE1)")),
    /** Cours élémentaire, second year. */
    CE2(new LocalizedText("CE2 (cours élémentaire 2)", "third year of primary school (CE2)")),
    /** Cours moyen, first year. */
    CM1(new LocalizedText("CM1 (cours moyen 1)", "fourth year of primary school (CM1)")),
    /** Cours moyen, second year. */
    CM2(new LocalizedText("CM2 (cours moyen 2)", "fifth year of primary school (CM2)"));

    private final LocalizedText label;

    SchoolLevel(LocalizedText label) {
        this.label = label;
    }

    /**
     * Returns the level's name as a resident reads it.
     *
     * @return the name, for example "petite section"
     */
    public LocalizedText label() {
        return label;
    }

    /**
     * Tells whether this level is in nursery school (école maternelle).
     *
     * @return true for TPS, PS, MS and GS
     */
    public boolean isNursery() {
        return ordinal() <= GS.ordinal();
    }
}
