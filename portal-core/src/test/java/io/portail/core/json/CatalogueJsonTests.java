package io.portail.core.json;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.portail.core.TestCommune;
import io.portail.core.procedure.Catalogue;
import io.portail.core.procedure.DecisionRegime;
import io.portail.privacy.json.JsonInputException;
import io.portail.privacy.register.Register;
import io.portail.privacy.text.LocalizedText;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Period;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

class CatalogueJsonTests {
    static String catalogueText() throws IOException {
        try (var in =
                CatalogueJsonTests.class.getResourceAsStream("/test-commune/catalogue.json")) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }

    static Register register() {
        return TestCommune.catalogue().register();
    }

    static Catalogue read(String json) {
        return CatalogueJson.read(
                "catalogue.json",
                new ByteArrayInputStream(json.getBytes(StandardCharsets.UTF_8)),
                register());
    }

    @Nested
    class ValidCatalogue {
        @Test
        void readsProceduresWithTheirServiceFormAndRegime() {
            Catalogue catalogue = TestCommune.catalogue();

            var procedure = catalogue.procedure("birth-record").orElseThrow();
            assertThat(procedure.version()).isEqualTo(3);
            assertThat(procedure.service().email()).isEqualTo("etat-civil@testville.example");
            assertThat(procedure.form().fields()).hasSize(3);
            assertThat(procedure.regime())
                    .isEqualTo(
                            new DecisionRegime.ImplicitAcceptance(
                                    Period.ofMonths(2), LocalizedText.same("CRPA art. L231-1")));
            assertThat(procedure.service().hours().describe().en())
                    .isEqualTo(
                            "Monday and Tuesday 8:30 to 12:00; Wednesday 8:30 to 12:00 and 14:00 to 18:00; Thursday and Friday 8:30 to 12:00");
        }
    }

    @Nested
    class InvalidCatalogue {
        @Test
        void namesAnActivityMissingFromTheRegister() throws IOException {
            String json = catalogueText().replaceFirst("\"civil-status-certificates\"", "\"nope\"");

            assertThatThrownBy(() -> read(json))
                    .isInstanceOf(JsonInputException.class)
                    .hasMessage(
                            "catalogue.json: $.procedures[0].activity: The register has no"
                                    + " processing activity with this id; add it to the register");
        }

        @Test
        void refusesAFormThatCollectsUndeclaredData() throws IOException {
            // Data minimisation, GDPR art. 5(1)(c): every category collected is declared.
            String json = catalogueText().replace("\"identity.birth\"", "\"health.allergies\"");

            assertThatThrownBy(() -> read(json))
                    .hasMessage(
                            "catalogue.json: $.procedures[0]: Form birth-record collects"
                                    + " [health.allergies], which processing activity"
                                    + " civil-status-certificates does not declare; declare it in"
                                    + " the register or remove the field");
        }

        @Test
        void namesAnUnknownPublicationStatus() throws IOException {
            String json =
                    catalogueText().replace("\"status\": \"published\"", "\"status\": \"live\"");

            assertThatThrownBy(() -> read(json))
                    .hasMessage(
                            "catalogue.json: $.procedures[1].status: Expected draft, published or"
                                    + " retired");
        }

        @Test
        void namesAMalformedAvailabilityDate() throws IOException {
            String json =
                    catalogueText()
                            .replace(
                                    "\"availableFrom\": \"2026-03-10\"",
                                    "\"availableFrom\": \"10/03/2026\"");

            assertThatThrownBy(() -> read(json))
                    .hasMessage(
                            "catalogue.json: $.procedures[1].availableFrom: Expected a date such as"
                                    + " 2026-09-01");
        }

        @Test
        void namesAFieldErrorDeepInAForm() throws IOException {
            String json = catalogueText().replace("\"maxLength\": 100", "\"maxLength\": \"100\"");

            assertThatThrownBy(() -> read(json))
                    .hasMessage(
                            "catalogue.json: $.procedures[0].form.steps[0].fields[0].maxLength:"
                                    + " Expected a whole number, found a string");
        }

        @Test
        void namesTheFileWhenItIsTruncated(@org.junit.jupiter.api.io.TempDir Path dir)
                throws IOException {
            Path file = dir.resolve("catalogue.json");
            String text = catalogueText();
            Files.writeString(file, text.substring(0, text.length() / 2));

            assertThatThrownBy(() -> CatalogueJson.read(file, register()))
                    .isInstanceOf(JsonInputException.class)
                    .hasMessageStartingWith("catalogue.json: $: Not well-formed JSON at line");
        }
    }
}
