package io.portail.forms.geo.fr;

/** A part of a {@link PostalAddress}, in the order a person reads the form. */
public enum AddressPart {
    /** The number in the street. */
    NUMBER,
    /** The name of the way. */
    STREET,
    /** Building, floor or locality. */
    COMPLEMENT,
    /** The postal code. */
    POSTAL_CODE,
    /** The commune. */
    COMMUNE
}
