package io.portail.core.civilstatus;

/** Who asks for a civil-status document, in relation to the person the record concerns. */
public enum Relation {
    /** The person the record concerns, adult or emancipated. */
    SELF,
    /** The person the record concerns, a minor who is not emancipated. */
    SELF_MINOR,
    /** The spouse (époux or épouse); a civil partner (PACS) is not a spouse. */
    SPOUSE,
    /** A parent, grandparent or earlier ascendant. */
    ASCENDANT,
    /** A child, grandchild or later descendant. */
    DESCENDANT,
    /**
     * The legal representative: parent exercising parental authority, guardian (tuteur) or curator
     * (curateur).
     */
    LEGAL_REPRESENTATIVE,
    /** The public prosecutor (procureur de la République). */
    PUBLIC_PROSECUTOR,
    /**
     * A professional or administration authorised by a law or regulation, for example a notary or a
     * lawyer acting for a client, or a public administration for its procedures.
     */
    AUTHORISED_BY_LAW,
    /** An heir who is not also a spouse, ascendant or descendant. */
    HEIR,
    /** A brother or sister. */
    SIBLING,
    /** Someone with no family or legal tie to the person: a neighbour, a genealogist. */
    UNRELATED
}
