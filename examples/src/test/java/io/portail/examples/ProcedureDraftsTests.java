package io.portail.examples;

import static org.assertj.core.api.Assertions.assertThat;

import io.portail.forms.definition.Field;
import io.portail.forms.definition.FieldType;
import io.portail.forms.definition.FormDefinition;
import io.portail.forms.definition.Step;
import io.portail.forms.json.AnswersJson;
import io.portail.forms.json.FormJson;
import io.portail.forms.validation.FormValidator;
import io.portail.forms.validation.ValidationResult;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.ObjectMapper;

class ProcedureDraftsTests {

    static JsonNode draft(String name) throws IOException {
        try (InputStream in =
                ProcedureDraftsTests.class.getResourceAsStream(
                        "/saint-exemple/drafts/" + name + ".procedure.json")) {
            assertThat(in).as(name).isNotNull();
            return new ObjectMapper()
                    .readTree(new String(in.readAllBytes(), StandardCharsets.UTF_8));
        }
    }

    @Nested
    class Drafts {
        @ParameterizedTest
        @CsvSource({
            "civil-status-certificate, civil-status-certificates, etat-civil",
            "school-registration, school-registration, affaires-scolaires",
            "canteen, canteen, affaires-scolaires",
        })
        void haveAFormThatTheFormEngineReads(String name, String activity, String service)
                throws IOException {
            JsonNode procedure = draft(name);

            FormDefinition form = FormJson.read(name, procedure.get("form").toString());

            assertThat(procedure.get("id").asString()).isEqualTo(name);
            assertThat(procedure.get("activity").asString()).isEqualTo(activity);
            assertThat(procedure.get("service").asString()).isEqualTo(service);
            assertThat(form.id()).isEqualTo(name);
            assertThat(form.steps()).isNotEmpty();
        }

        @ParameterizedTest
        @CsvSource({"civil-status-certificate", "school-registration", "canteen"})
        void haveTheSameKeysAsTheCatalogueEntries(String name) throws IOException {
            JsonNode procedure = draft(name);

            assertThat(procedure.propertyNames())
                    .containsExactly(
                            "id",
                            "version",
                            "title",
                            "summary",
                            "service",
                            "activity",
                            "regime",
                            "form");
        }

        @Test
        void acceptAFamilysAnswersToTheCanteenForm() throws IOException {
            FormDefinition form = FormJson.read("canteen", draft("canteen").get("form").toString());
            String answers =
                    "{\"children\": [{\"child-family-name\": \"Exemple\","
                            + " \"child-given-names\": \"Lou\", \"school\": \"moulin\","
                            + " \"days\": [\"monday\", \"thursday\"], \"allergy-plan\": true}],"
                            + " \"quotient-familial\": \"850\","
                            + " \"guardian-family-name\": \"Exemple\","
                            + " \"guardian-given-names\": \"Camille\","
                            + " \"email\": \"camille@example.org\","
                            + " \"address\": {\"number\": \"12\", \"street\": \"rue de l'Église\","
                            + " \"postalCode\": \"45000\", \"commune\": \"45234\"}}";

            ValidationResult result =
                    FormValidator.of(
                                    form,
                                    Clock.fixed(
                                            Instant.parse("2026-03-16T09:00:00Z"), ZoneOffset.UTC))
                            .validate(AnswersJson.read("answers", answers, form));

            assertThat(result.isValid()).as(result.toString()).isTrue();
        }

        @ParameterizedTest
        @CsvSource({"canteen"})
        void askOnlyWhetherAnAllergyPlanExistsNeverItsContent(String name) throws IOException {
            FormDefinition form = FormJson.read(name, draft(name).get("form").toString());

            List<Field> health =
                    form.steps().stream()
                            .map(Step::fields)
                            .flatMap(List::stream)
                            .flatMap(
                                    f ->
                                            f.type() instanceof FieldType.Group group
                                                    ? group.fields().stream()
                                                    : Stream.of(f))
                            .filter(f -> f.category().id().startsWith("health"))
                            .toList();
            assertThat(health).extracting(Field::id).containsExactly("allergy-plan");
        }
    }
}
