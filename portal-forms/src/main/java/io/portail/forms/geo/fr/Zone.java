package io.portail.forms.geo.fr;

/** Where a French department or collectivity lies, as the official geography classes it. */
public enum Zone {
    /** Metropolitan France, Corsica included. */
    METRO,
    /**
     * An overseas department and region (DROM): Guadeloupe, Martinique, Guyane, La Réunion,
     * Mayotte.
     */
    DROM,
    /** An overseas collectivity (COM) or other overseas territory, with its own rules. */
    COM
}
