package io.portail.forms.json;

import static org.assertj.core.api.Assertions.assertThat;

import com.networknt.schema.Error;
import com.networknt.schema.Schema;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.SpecificationVersion;
import io.portail.forms.TestForms;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.ObjectMapper;

/** The JSON Schema of the form format, form-definition.schema.json (draft 2020-12). */
class FormSchemaTests {
    static final ObjectMapper MAPPER = new ObjectMapper();
    static final Schema SCHEMA = load();

    static Schema load() {
        try (InputStream in = FormJson.class.getResourceAsStream("form-definition.schema.json")) {
            return SchemaRegistry.withDefaultDialect(SpecificationVersion.DRAFT_2020_12)
                    .getSchema(in);
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    static List<String> errors(String json) {
        List<String> messages = new ArrayList<>();
        for (Error error : SCHEMA.validate(MAPPER.readTree(json))) {
            messages.add(error.toString());
        }
        return messages;
    }

    @Nested
    class AcceptedDefinitions {
        @Test
        void acceptsEveryFormOfTheSaintExempleCatalogue() throws Exception {
            Path catalogue = Path.of("../examples/src/main/resources/saint-exemple/catalogue.json");
            JsonNode root = MAPPER.readTree(Files.readString(catalogue));

            int forms = 0;
            for (JsonNode procedure : root.get("procedures")) {
                JsonNode form = procedure.get("form");
                assertThat(SCHEMA.validate(form)).as(procedure.get("id").asString()).isEmpty();
                FormJson.read("catalogue.json", MAPPER.writeValueAsString(form));
                forms++;
            }
            assertThat(forms).isPositive();
        }

        @Test
        void acceptsTheExampleOfTheReadme() throws Exception {
            String readme = Files.readString(Path.of("README.md"));
            int start = readme.indexOf("```json\n") + "```json\n".length();
            String json = readme.substring(start, readme.indexOf("```", start));

            assertThat(errors(json)).isEmpty();
            var form = FormJson.read("README.md", json);
            var answers =
                    AnswersJson.read(
                            "answers.json",
                            "{\"lives-here\": true, \"children\": [{\"given-name\": \"Léa\","
                                    + " \"days\": [\"mon\"]}, {\"given-name\": \"Hugo\","
                                    + " \"days\": \"mon,tue\"}], \"deposit\": \"12,50 €\"}",
                            form);
            assertThat(
                            io.portail.forms.validation.FormValidator.of(
                                            form, java.time.Clock.systemUTC())
                                    .validate(answers)
                                    .isValid())
                    .isTrue();
        }

        @Test
        void acceptsTheTestDefinitions() {
            assertThat(errors(TestForms.text("school-registration.json"))).isEmpty();
            assertThat(
                            errors(
                                    FormJsonTests.form(
                                            FormJsonTests.FIELD_KIND, FormJsonTests.FIELD_PARENT)))
                    .isEmpty();
        }
    }

    @Nested
    class BoundsRelativeToToday {
        static String withBound(String bound) {
            return FormJsonTests.form(
                    FormJsonTests.BIRTH,
                    FormJsonTests.FIELD_PARENT.replace(
                            "{\"field\": \"kind\", \"equals\": \"b\"}",
                            "{\"field\": \"birth\", \"greaterThan\": \"" + bound + "\"}"));
        }

        @org.junit.jupiter.params.ParameterizedTest(name = "{0}")
        @org.junit.jupiter.params.provider.ValueSource(
                strings = {"today", "today-P3Y", "today+P1M", "today-P1Y6M", "today+P2W10D"})
        void acceptsWhatTheReaderAccepts(String bound) {
            assertThat(errors(withBound(bound))).isEmpty();
            FormJson.read("form.json", withBound(bound));
        }

        @org.junit.jupiter.params.ParameterizedTest(name = "{0}")
        @org.junit.jupiter.params.provider.ValueSource(
                strings = {
                    "today-3Y",
                    "Today",
                    "today - P3Y",
                    "today-P",
                    "today-PT3H",
                    "today-p1m"
                })
        void refusesWhatTheReaderRefuses(String bound) {
            assertThat(errors(withBound(bound))).isNotEmpty();
            org.assertj.core.api.Assertions.assertThatThrownBy(
                            () -> FormJson.read("form.json", withBound(bound)))
                    .isInstanceOf(io.portail.privacy.json.JsonInputException.class);
        }
    }

    @Nested
    class ExitsInsideAGroup {
        @Test
        void acceptsAnExitOnAGroupsField() {
            String group =
                    """
                    {"id": "children", "type": "group", "category": "family",
                     "label": {"fr": "Enfant", "en": "Child"},
                     "fields": [{"id": "age", "type": "integer", "category": "family",
                                 "label": {"fr": "Âge", "en": "Age"},
                                 "exitWhen": {"field": "age", "lessThan": 3},
                                 "exitMessage": {"fr": "Trop jeune.", "en": "Too young."}}]}
                    """;

            assertThat(errors(FormJsonTests.form(group))).isEmpty();
            assertThat(FormJson.read("form.json", FormJsonTests.form(group)).fields()).hasSize(1);
        }
    }

    @Nested
    class RefusedDefinitions {
        @Test
        void refusesAnUnknownProperty() {
            String json =
                    FormJsonTests.form(
                            FormJsonTests.FIELD_KIND.replace("\"required\"", "\"mandatory\""));

            assertThat(errors(json)).isNotEmpty();
        }

        @Test
        void refusesAPropertyOfAnotherType() {
            String date =
                    """
                    {"id": "birth", "type": "date", "maxLength": 3, "category": "identity",
                     "label": {"fr": "Né le", "en": "Born on"}}
                    """;

            assertThat(errors(FormJsonTests.form(date))).isNotEmpty();
        }

        @Test
        void refusesAnExitWithoutItsMessage() {
            String exit =
                    FormJsonTests.FIELD_KIND.replace(
                            "\"required\": true",
                            "\"required\": true, \"exitWhen\": {\"field\": \"kind\", \"equals\":"
                                    + " \"a\"}");

            assertThat(errors(FormJsonTests.form(exit))).isNotEmpty();
        }

        @Test
        void refusesAGroupInsideAGroup() {
            String outer =
                    """
                    {"id": "outer", "type": "group", "category": "family",
                     "label": {"fr": "O", "en": "O"},
                     "fields": [{"id": "inner", "type": "group", "category": "family",
                                 "label": {"fr": "I", "en": "I"},
                                 "fields": [{"id": "x", "type": "short-text",
                                             "category": "identity",
                                             "label": {"fr": "X", "en": "X"}}]}]}
                    """;

            assertThat(errors(FormJsonTests.form(outer))).isNotEmpty();
        }
    }
}
