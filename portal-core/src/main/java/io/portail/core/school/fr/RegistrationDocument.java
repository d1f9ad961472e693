package io.portail.core.school.fr;

import io.portail.privacy.text.LocalizedText;

/**
 * The only documents a mayor may ask for to register a child on the list of children of compulsory
 * school age (Code de l'éducation art. D131-3-1, created by décret 2020-811 of 29 June 2020).
 *
 * <p>Each may be replaced by a sworn statement (attestation sur l'honneur): the identities when the
 * family cannot produce one of the documents of CRPA art. R113-5 (livret de famille, identity card,
 * passport, birth certificate...), the home by any means. A check of the home may be made but never
 * delays the registration.
 */
public enum RegistrationDocument {
    /** A document proving the child's identity. */
    CHILD_IDENTITY(
            new LocalizedText(
                    "Un document qui prouve l'identité de l'enfant : livret de famille, carte"
                            + " d'identité, passeport ou acte de naissance",
                    "A document proving the child's identity: family record book, identity card,"
                            + " passport or birth certificate"),
            new LocalizedText(
                    "Si vous n'en avez pas, vous pouvez écrire une déclaration sur l'honneur"
                            + " indiquant le nom, les prénoms, la date et le lieu de naissance de"
                            + " l'enfant.",
                    "If you have none, you can write a sworn statement giving the child's surname,"
                            + " given names, date and place of birth.")),
    /** A document proving the identity of the persons responsible for the child. */
    GUARDIANS_IDENTITY(
            new LocalizedText(
                    "Un document qui prouve votre identité : carte d'identité, passeport ou livret"
                            + " de famille",
                    "A document proving your identity: identity card, passport or family record"
                            + " book"),
            new LocalizedText(
                    "Si vous n'en avez pas, vous pouvez écrire une déclaration sur l'honneur"
                            + " indiquant votre identité.",
                    "If you have none, you can write a sworn statement giving your identity.")),
    /** A document proving the home of the persons responsible for the child. */
    PROOF_OF_ADDRESS(
            new LocalizedText(
                    "Un document qui prouve votre adresse : facture, quittance de loyer ou tout"
                            + " autre document",
                    "A document proving your address: a bill, a rent receipt or any other"
                            + " document"),
            new LocalizedText(
                    "Une déclaration sur l'honneur indiquant votre adresse suffit aussi.",
                    "A sworn statement giving your address is also enough."));

    private final LocalizedText label;
    private final LocalizedText swornStatement;

    RegistrationDocument(LocalizedText label, LocalizedText swornStatement) {
        this.label = label;
        this.swornStatement = swornStatement;
    }

    /**
     * Returns what the document is, as a resident reads it.
     *
     * @return the description
     */
    public LocalizedText label() {
        return label;
    }

    /**
     * Returns how a sworn statement replaces the document (D131-3-1, second and third paragraphs).
     *
     * @return the sentence telling the resident
     */
    public LocalizedText swornStatement() {
        return swornStatement;
    }
}
