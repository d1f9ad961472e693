package io.portail.forms.definition;

/** Which part of a person's name a field asks, with its HTML autocomplete token. */
public enum NamePart {
    /** The family name (nom de famille), token {@code family-name}. */
    FAMILY("family-name"),
    /** The given names (prénoms), token {@code given-name}. */
    GIVEN("given-name"),
    /** The whole name, token {@code name}. */
    FULL("name");

    private final String autocomplete;

    NamePart(String autocomplete) {
        this.autocomplete = autocomplete;
    }

    /**
     * Returns the HTML autocomplete token (WHATWG HTML, "Autofill").
     *
     * @return the token
     */
    public String autocomplete() {
        return autocomplete;
    }
}
