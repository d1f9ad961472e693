package io.portail.privacy.register;

import io.portail.privacy.text.LocalizedText;

/**
 * Whether a resident must provide the data, and what happens if they do not (GDPR art. 13(2)(e)).
 */
public enum Provision {
    /** A law or regulation requires the data. */
    STATUTORY(
            new LocalizedText(
                    "La loi impose de fournir ces données.",
                    "The law requires you to provide this data."),
            new LocalizedText(
                    "Sans elles, la commune ne peut pas traiter votre demande.",
                    "Without it, the commune cannot handle your request.")),
    /** A contract requires the data, or it is needed to enter into one. */
    CONTRACTUAL(
            new LocalizedText(
                    "Ces données sont nécessaires au contrat passé avec la commune.",
                    "This data is needed for the contract with the commune."),
            new LocalizedText(
                    "Sans elles, le contrat ne peut pas être conclu.",
                    "Without it, the contract cannot be made.")),
    /** The data is needed to provide the service asked for, though no law imposes it. */
    REQUIRED_FOR_SERVICE(
            new LocalizedText(
                    "Ces données sont nécessaires pour traiter votre demande.",
                    "This data is needed to handle your request."),
            new LocalizedText(
                    "Sans elles, la commune ne peut pas traiter votre demande.",
                    "Without it, the commune cannot handle your request.")),
    /** Providing the data is up to the resident. */
    VOLUNTARY(
            new LocalizedText(
                    "Vous êtes libre de fournir ces données.",
                    "You are free to provide this data."),
            new LocalizedText(
                    "Si vous ne les fournissez pas, vous ne recevrez pas ce service, sans autre"
                            + " conséquence.",
                    "If you do not, you will not receive this service, with no other"
                            + " consequence."));

    private final LocalizedText statement;
    private final LocalizedText defaultConsequence;

    Provision(LocalizedText statement, LocalizedText defaultConsequence) {
        this.statement = statement;
        this.defaultConsequence = defaultConsequence;
    }

    /**
     * Returns the sentence that tells the resident whether they must provide the data.
     *
     * @return the statement
     */
    public LocalizedText statement() {
        return statement;
    }

    /**
     * Returns the consequence of not providing the data, when the activity names none.
     *
     * @return the consequence
     */
    public LocalizedText defaultConsequence() {
        return defaultConsequence;
    }
}
