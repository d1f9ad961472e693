package io.portail.core;

import io.portail.core.json.CatalogueJson;
import io.portail.core.procedure.Catalogue;
import java.net.URISyntaxException;
import java.nio.file.Path;

/** The test commune's catalogue, from src/test/resources/test-commune. */
public final class TestCommune {
    private TestCommune() {}

    /**
     * Loads the catalogue.
     *
     * @return the catalogue
     */
    public static Catalogue catalogue() {
        try {
            return CatalogueJson.load(
                    Path.of(TestCommune.class.getResource("/test-commune/catalogue.json").toURI())
                            .getParent());
        } catch (URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }
}
