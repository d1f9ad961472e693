package io.portail.privacy;

import io.portail.privacy.json.RegisterJson;
import io.portail.privacy.register.Register;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;

/** The Saint-Exemple register, an invented commune's record of processing, for tests. */
public final class SaintExemple {
    private static final Register REGISTER = load();

    private SaintExemple() {}

    /**
     * Returns the register read from the test fixture.
     *
     * @return the register
     */
    public static Register register() {
        return REGISTER;
    }

    private static Register load() {
        try (InputStream in =
                SaintExemple.class.getResourceAsStream(
                        "/io/portail/privacy/saint-exemple-register.json")) {
            if (in == null) {
                throw new IllegalStateException("The Saint-Exemple register is missing");
            }
            return RegisterJson.read("register.json", in);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
