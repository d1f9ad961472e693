package io.portail.forms.json;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.portail.forms.definition.Condition;
import io.portail.forms.definition.FieldType;
import io.portail.forms.definition.FormDefinition;
import io.portail.privacy.json.JsonInputException;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

class FormJsonTests {
    static final String FIELD_KIND =
            """
            {"id": "kind", "type": "single-choice", "required": true, "category": "civil-status",
             "label": {"fr": "Document", "en": "Document"},
             "options": [{"code": "a", "label": {"fr": "A", "en": "A"}},
                         {"code": "b", "label": {"fr": "B", "en": "B"}}]}
            """;
    static final String FIELD_PARENT =
            """
            {"id": "parent", "type": "short-text", "maxLength": 50, "category": "family",
             "label": {"fr": "Parent", "en": "Parent"},
             "shownWhen": {"field": "kind", "equals": "b"}}
            """;

    static String form(String... fields) {
        return "{\"id\": \"f\", \"version\": 2, \"title\": {\"fr\": \"F\", \"en\": \"F\"},"
                + " \"steps\": [{\"id\": \"s\", \"title\": {\"fr\": \"S\", \"en\": \"S\"},"
                + " \"fields\": ["
                + String.join(",", fields)
                + "]}]}";
    }

    @Nested
    class ValidDefinitions {
        @Test
        void readsFieldsTypesAndConditions() {
            FormDefinition form = FormJson.read("form.json", form(FIELD_KIND, FIELD_PARENT));

            assertThat(form.version()).isEqualTo(2);
            assertThat(form.fields()).extracting(f -> f.id()).containsExactly("kind", "parent");
            assertThat(form.field("parent").orElseThrow().type())
                    .isEqualTo(new FieldType.ShortText(50));
            assertThat(form.field("parent").orElseThrow().shownWhen())
                    .isInstanceOf(Condition.In.class);
            assertThat(form.field("kind").orElseThrow().rendering().grouped()).isTrue();
        }
    }

    @Nested
    class InvalidDefinitions {
        @Test
        void namesAnUnknownPropertyWithItsPath() {
            String json = form(FIELD_KIND.replace("\"required\"", "\"mandatory\""));

            assertThatThrownBy(() -> FormJson.read("form.json", json))
                    .isInstanceOf(JsonInputException.class)
                    .hasMessageStartingWith(
                            "form.json: $.steps[0].fields[0].mandatory: Unknown property");
        }

        @Test
        void listsTheKnownFieldTypes() {
            String json = form(FIELD_PARENT.replace("short-text", "tiny-text"));

            assertThatThrownBy(() -> FormJson.read("form.json", json))
                    .hasMessage(
                            "form.json: $.steps[0].fields[0].type: Unknown field type; use one of"
                                    + " short-text, long-text, date, yes-no, single-choice,"
                                    + " multiple-choice, email, phone, postal-address, integer,"
                                    + " decimal, amount, person-name, nir, siren, siret, rna, iban,"
                                    + " ants-pre-demande, fiscal-number, attachment, geo-point,"
                                    + " display, group");
        }

        @Test
        void refusesAConditionOnAFieldTheFormDoesNotHave() {
            assertThatThrownBy(() -> FormJson.read("form.json", form(FIELD_PARENT)))
                    .hasMessage(
                            "form.json: $: The condition of field parent (shownWhen) reads field"
                                    + " kind, which the form does not have; check the id (the"
                                    + " fields of a group can only be read within it)");
        }

        @Test
        void refusesConditionsThatGoRoundInACircle() {
            String a = FIELD_PARENT.replace("\"parent\"", "\"a\"").replace("\"kind\"", "\"b\"");
            String b = FIELD_PARENT.replace("\"parent\"", "\"b\"").replace("\"kind\"", "\"a\"");

            assertThatThrownBy(() -> FormJson.read("form.json", form(a, b)))
                    .hasMessage(
                            "form.json: $: Conditions go round in a circle: a -> b -> a; make one of these"
                                    + " conditions read another field");
        }

        @Test
        void refusesDuplicateFieldIds() {
            assertThatThrownBy(() -> FormJson.read("form.json", form(FIELD_KIND, FIELD_KIND)))
                    .hasMessage("form.json: $: Two fields share the id kind");
        }

        @Test
        void refusesAChoiceWithoutOptions() {
            String json =
                    form(FIELD_KIND.replaceAll("\"options\": \\[[^\\]]*\\]", "\"options\": []"));

            assertThatThrownBy(() -> FormJson.read("form.json", json))
                    .hasMessage(
                            "form.json: $.steps[0].fields[0]: A choice needs at least one option");
        }
    }
}
