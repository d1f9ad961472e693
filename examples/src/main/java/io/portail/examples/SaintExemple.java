package io.portail.examples;

import io.portail.core.json.CatalogueJson;
import io.portail.core.procedure.Catalogue;
import io.portail.privacy.json.RegisterJson;
import io.portail.privacy.register.Register;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;

/** The catalogue and register of Saint-Exemple, a fictional commune, shipped as JSON. */
public final class SaintExemple {
    static final String FOLDER = "/saint-exemple/";

    private SaintExemple() {}

    /**
     * Loads the commune's catalogue and its record of processing.
     *
     * @return the catalogue
     */
    public static Catalogue catalogue() {
        Register register;
        try (InputStream in = open("register.json")) {
            register = RegisterJson.read("register.json", in);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        try (InputStream in = open("catalogue.json")) {
            return CatalogueJson.read("catalogue.json", in, register);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static InputStream open(String name) {
        InputStream in = SaintExemple.class.getResourceAsStream(FOLDER + name);
        if (in == null) {
            throw new IllegalStateException("Missing resource " + FOLDER + name);
        }
        return in;
    }
}
