package io.portail.forms.definition;

import io.portail.forms.constraints.TextRule;
import io.portail.forms.constraints.fr.AntsPreDemandeRule;
import io.portail.forms.constraints.fr.FiscalNumberRule;
import io.portail.forms.constraints.fr.FrenchIbanRule;
import io.portail.forms.constraints.fr.NirRule;
import io.portail.forms.constraints.fr.RnaRule;
import io.portail.forms.constraints.fr.SirenRule;
import io.portail.forms.constraints.fr.SiretRule;

/** The French identifiers a field can ask, each with the rule that checks it. */
public enum IdentifierKind {
    /** Numéro d'inscription au répertoire (social security number), INSEE. */
    NIR("nir", "text", NirRule.INSTANCE),
    /** SIREN, the number of a company (R123-221 code de commerce). */
    SIREN("siren", "numeric", SirenRule.INSTANCE),
    /** SIRET, the number of an establishment (R123-221 code de commerce). */
    SIRET("siret", "numeric", SiretRule.INSTANCE),
    /** Numéro RNA of an association (répertoire national des associations). */
    RNA("rna", "text", RnaRule.INSTANCE),
    /** IBAN of a bank account (ISO 13616), French rules on French accounts. */
    IBAN("iban", "text", FrenchIbanRule.INSTANCE),
    /** Number of an ANTS pré-demande (identity card, passport). */
    ANTS_PRE_DEMANDE("ants-pre-demande", "text", AntsPreDemandeRule.INSTANCE),
    /** Numéro fiscal (SPI) on a tax notice. */
    FISCAL_NUMBER("fiscal-number", "numeric", FiscalNumberRule.INSTANCE);

    private final String kind;
    private final String inputMode;
    private final TextRule rule;

    IdentifierKind(String kind, String inputMode, TextRule rule) {
        this.kind = kind;
        this.inputMode = inputMode;
        this.rule = rule;
    }

    /**
     * Returns the name of the field type in the JSON format, such as {@code siret}.
     *
     * @return the name
     */
    public String kind() {
        return kind;
    }

    /**
     * Returns the HTML inputmode that suits the identifier on a phone.
     *
     * @return the inputmode
     */
    public String inputMode() {
        return inputMode;
    }

    /**
     * Returns the rule that checks and normalises the identifier.
     *
     * @return the rule
     */
    public TextRule rule() {
        return rule;
    }
}
