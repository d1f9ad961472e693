package io.portail.forms.geo.fr;

/** The kind of a row of the official geography (Code officiel géographique). */
public enum CommuneType {
    /** A commune as it exists today (commune actuelle). */
    CURRENT,
    /** A former commune kept as a delegated commune of a new commune (commune déléguée). */
    DELEGATED,
    /** A former commune associated with another (commune associée). */
    ASSOCIATED,
    /** A municipal arrondissement of Paris, Lyon or Marseille (arrondissement municipal). */
    MUNICIPAL_ARRONDISSEMENT
}
