package io.portail.forms.json;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.portail.forms.definition.Condition;
import io.portail.forms.definition.FieldType;
import io.portail.forms.definition.FormDefinition;
import io.portail.forms.internal.json.FormReader;
import io.portail.privacy.internal.json.JsonObject;
import io.portail.privacy.internal.json.StrictJson;
import io.portail.privacy.json.JsonInputException;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

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

    static final String BIRTH =
            """
            {"id": "birth", "type": "date", "category": "identity",
             "label": {"fr": "Né le", "en": "Born on"}}
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
                            "form.json: $.steps[0].fields[0].shownWhen: The condition of field parent"
                                    + " (shownWhen) reads field"
                                    + " kind, which the form does not have; check the id (the"
                                    + " fields of a group can only be read within it)");
        }

        @Test
        void refusesConditionsThatGoRoundInACircle() {
            String a = FIELD_PARENT.replace("\"parent\"", "\"a\"").replace("\"kind\"", "\"b\"");
            String b = FIELD_PARENT.replace("\"parent\"", "\"b\"").replace("\"kind\"", "\"a\"");

            assertThatThrownBy(() -> FormJson.read("form.json", form(a, b)))
                    .hasMessage(
                            "form.json: $.steps[0].fields[0].shownWhen: Conditions go round in a"
                                    + " circle: a -> b -> a; make one of these conditions read"
                                    + " another field");
        }

        @Test
        void refusesDuplicateFieldIds() {
            assertThatThrownBy(() -> FormJson.read("form.json", form(FIELD_KIND, FIELD_KIND)))
                    .hasMessage("form.json: $.steps[0].fields[1].id: Two fields share the id kind");
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

    static String twoSteps(String firstFields, String secondStep) {
        return "{\"id\": \"f\", \"version\": 1, \"title\": {\"fr\": \"F\", \"en\": \"F\"},"
                + " \"steps\": [{\"id\": \"s\", \"title\": {\"fr\": \"S\", \"en\": \"S\"},"
                + " \"fields\": ["
                + firstFields
                + "]}, "
                + secondStep
                + "]}";
    }

    static final String STEP_TWO =
            """
            {"id": "t", "title": {"fr": "T", "en": "T"},
             "shownWhen": {"field": "kind", "equals": "c"},
             "fields": [{"id": "other", "type": "short-text", "category": "family",
                         "label": {"fr": "O", "en": "O"}}]}
            """;

    @Nested
    class ChecksOnLoad {
        @Test
        void refusesAStepThatCanNeverBeShown() {
            assertThatThrownBy(() -> FormJson.read("form.json", twoSteps(FIELD_KIND, STEP_TWO)))
                    .isInstanceOf(JsonInputException.class)
                    .hasMessage(
                            "form.json: $.steps[1].shownWhen: The condition of step t (shownWhen) can"
                                    + " never hold:"
                                    + " field kind never reads \"c\"; use one of a, b");
        }

        @Test
        void refusesAComparisonOnAFieldThatIsNeitherANumberNorADate() {
            String parent = FIELD_PARENT.replace("\"equals\": \"b\"", "\"greaterThan\": 3");

            assertThatThrownBy(() -> FormJson.read("form.json", form(FIELD_KIND, parent)))
                    .hasMessage(
                            "form.json: $.steps[0].fields[1].shownWhen: The condition of field parent"
                                    + " (shownWhen) compares"
                                    + " field kind, a single-choice, which is neither a number nor"
                                    + " a date; compare an integer, decimal, amount, date or group"
                                    + " field, or use equals or in");
        }

        @Test
        void refusesAComparisonOfADateWithANumber() {
            String date =
                    """
                    {"id": "birth", "type": "date", "category": "identity",
                     "label": {"fr": "Né le", "en": "Born on"}}
                    """;
            String parent =
                    FIELD_PARENT.replace(
                            "{\"field\": \"kind\", \"equals\": \"b\"}",
                            "{\"field\": \"birth\", \"atLeast\": 3}");

            assertThatThrownBy(() -> FormJson.read("form.json", form(date, parent)))
                    .hasMessage(
                            "form.json: $.steps[0].fields[1].shownWhen: The condition of field parent"
                                    + " (shownWhen) compares"
                                    + " field birth, a date, with a number; use a date such as"
                                    + " 2026-09-01 as the bound");
        }

        @Test
        void readsABoundRelativeToToday() {
            String parent =
                    FIELD_PARENT.replace(
                            "{\"field\": \"kind\", \"equals\": \"b\"}",
                            "{\"field\": \"birth\", \"between\": [\"today-P6Y\", \"today-P3Y\"]}");

            FormDefinition form = FormJson.read("form.json", form(BIRTH, parent));

            assertThat(form.field("parent").orElseThrow().shownWhen())
                    .isEqualTo(
                            new Condition.All(
                                    java.util.List.of(
                                            new Condition.Compare(
                                                    "birth",
                                                    Condition.Comparison.AT_LEAST,
                                                    "today-P6Y"),
                                            new Condition.Compare(
                                                    "birth",
                                                    Condition.Comparison.AT_MOST,
                                                    "today-P3Y"))));
        }

        @ParameterizedTest(name = "{0}")
        @CsvSource(
                delimiter = '|',
                value = {
                    "[6, 3] | put the smaller bound first: [3, 6]",
                    "[\"2027-01-01\", \"2026-01-01\"] | put the earlier day first:"
                            + " [\"2026-01-01\", \"2027-01-01\"]",
                    "[\"today-P3Y\", \"today-P6Y\"] | put the earlier day first:"
                            + " [\"today-P6Y\", \"today-P3Y\"]"
                })
        void refusesBoundsOfBetweenInTheWrongOrderWithThePathAndTheFix(String between, String fix) {
            String count =
                    """
                    {"id": "count", "type": "integer", "category": "family",
                     "label": {"fr": "Nombre", "en": "Number"}}
                    """;
            String parent =
                    FIELD_PARENT.replace(
                            "{\"field\": \"kind\", \"equals\": \"b\"}",
                            "{\"field\": \""
                                    + (between.startsWith("[6") ? "count" : "birth")
                                    + "\", \"between\": "
                                    + between
                                    + "}");

            assertThatThrownBy(() -> FormJson.read("form.json", form(BIRTH, count, parent)))
                    .isInstanceOf(JsonInputException.class)
                    .hasMessageStartingWith(
                            "form.json: $.steps[0].fields[2].shownWhen.between: The lower bound of"
                                    + " between is ")
                    .hasMessageEndingWith(", so the condition can never hold; " + fix);
        }

        @Test
        void refusesAMalformedBoundRelativeToTodayWithItsPathAndTheFix() {
            String parent =
                    FIELD_PARENT.replace(
                            "{\"field\": \"kind\", \"equals\": \"b\"}",
                            "{\"field\": \"birth\", \"greaterThan\": \"today-3Y\"}");

            assertThatThrownBy(() -> FormJson.read("form.json", form(BIRTH, parent)))
                    .isInstanceOf(JsonInputException.class)
                    .hasMessage(
                            "form.json: $.steps[0].fields[1].shownWhen: A bound relative to today"
                                    + " is written today, today-P3Y (3 years ago) or today+P1M (in"
                                    + " 1 month): a sign, then P and numbers of years (Y), months"
                                    + " (M), weeks (W) or days (D), in capitals and without"
                                    + " spaces; got today-3Y");
        }

        @Test
        void refusesABoundRelativeToTodayOnANumber() {
            String parent =
                    FIELD_PARENT.replace(
                            "{\"field\": \"kind\", \"equals\": \"b\"}",
                            "{\"field\": \"count\", \"lessThan\": \"today\"}");
            String count =
                    """
                    {"id": "count", "type": "integer", "category": "family",
                     "label": {"fr": "Nombre", "en": "Number"}}
                    """;

            assertThatThrownBy(() -> FormJson.read("form.json", form(count, parent)))
                    .hasMessage(
                            "form.json: $.steps[0].fields[1].shownWhen: The condition of field parent"
                                    + " (shownWhen) compares"
                                    + " field count, an integer, with a date; use a number as the"
                                    + " bound");
        }

        @Test
        void refusesAGroupWhoseMinimumIsAboveItsMaximum() {
            String group =
                    """
                    {"id": "children", "type": "group", "min": 3, "max": 2, "category": "family",
                     "label": {"fr": "Enfant", "en": "Child"},
                     "fields": [{"id": "name", "type": "short-text", "category": "identity",
                                 "label": {"fr": "Prénom", "en": "Name"}}]}
                    """;

            assertThatThrownBy(() -> FormJson.read("form.json", form(group)))
                    .hasMessage(
                            "form.json: $.steps[0].fields[0]: A group's min (3) is above its max"
                                    + " (2); lower min or raise max");
        }

        @Test
        void refusesAGroupInsideAGroup() {
            String inner =
                    """
                    {"id": "inner", "type": "group", "category": "family",
                     "label": {"fr": "I", "en": "I"},
                     "fields": [{"id": "x", "type": "short-text", "category": "identity",
                                 "label": {"fr": "X", "en": "X"}}]}
                    """;
            String outer =
                    "{\"id\": \"outer\", \"type\": \"group\", \"category\": \"family\","
                            + " \"label\": {\"fr\": \"O\", \"en\": \"O\"}, \"fields\": ["
                            + inner
                            + "]}";

            assertThatThrownBy(() -> FormJson.read("form.json", form(outer)))
                    .hasMessage(
                            "form.json: $.steps[0].fields[0].fields[0].type: A group cannot hold"
                                    + " another group; list its fields in the outer group");
        }

        @Test
        void refusesAnExitWithoutItsMessage() {
            String exit =
                    FIELD_KIND.replace(
                            "\"required\": true",
                            "\"required\": true, \"exitWhen\": {\"field\": \"kind\","
                                    + " \"equals\": \"a\"}");

            assertThatThrownBy(() -> FormJson.read("form.json", form(exit)))
                    .hasMessage(
                            "form.json: $.steps[0].fields[0].exitMessage: An eligibility exit needs"
                                    + " both \"exitWhen\" and \"exitMessage\"");
        }

        @Test
        void letsAGroupsFieldReadItsOwnGroupButNotTheFormReadInsideAGroup() {
            String group =
                    """
                    {"id": "children", "type": "group", "category": "family",
                     "label": {"fr": "Enfant", "en": "Child"},
                     "fields": [
                       {"id": "here", "type": "yes-no", "category": "education",
                        "label": {"fr": "Ici", "en": "Here"}},
                       {"id": "school", "type": "short-text", "category": "education",
                        "label": {"fr": "École", "en": "School"},
                        "shownWhen": {"all": [{"field": "here", "equals": "true"},
                                              {"field": "kind", "equals": "a"}]}}]}
                    """;
            String reader = FIELD_PARENT.replace("\"field\": \"kind\"", "\"field\": \"here\"");

            assertThat(FormJson.read("form.json", form(FIELD_KIND, group)).fields()).hasSize(2);
            assertThatThrownBy(() -> FormJson.read("form.json", form(FIELD_KIND, group, reader)))
                    .hasMessageContaining("reads field here, which the form does not have");
        }
    }

    /** Errors found once the whole definition is read name the step, field and condition. */
    @Nested
    class PathsOfDefinitionErrors {
        static final String GROUP =
                """
                {"id": "children", "type": "group", "category": "family",
                 "label": {"fr": "Enfant", "en": "Child"},
                 "fields": [
                   {"id": "born", "type": "date", "category": "identity",
                    "label": {"fr": "Né le", "en": "Born on"}},
                   {"id": "school", "type": "short-text", "category": "education",
                    "label": {"fr": "École", "en": "School"},
                    "requiredWhen": CONDITION}]}
                """;

        static String group(String condition) {
            return GROUP.replace("CONDITION", condition);
        }

        @Test
        void namesTheConditionOfAGroupsFieldThatComparesADateWithANumber() {
            String json = form(FIELD_KIND, group("{\"field\": \"born\", \"lessThan\": 3}"));

            assertThatThrownBy(() -> FormJson.read("form.json", json))
                    .hasMessage(
                            "form.json: $.steps[0].fields[1].fields[1].requiredWhen: The condition"
                                    + " of field children.school (requiredWhen) compares field"
                                    + " born, a date, with a number; use a date such as 2026-09-01"
                                    + " as the bound");
        }

        @Test
        void namesTheConditionInsideAGroupThatReadsAnUnknownField() {
            String json =
                    form(
                            group(
                                    "{\"all\": [{\"field\": \"born\", \"answered\": true},"
                                            + " {\"field\": \"borne\", \"answered\": true}]}"));

            assertThatThrownBy(() -> FormJson.read("form.json", json))
                    .hasMessage(
                            "form.json: $.steps[0].fields[0].fields[1].requiredWhen: The condition"
                                    + " of field children.school (requiredWhen) reads field borne,"
                                    + " which the form does not have; check the id (a group's field"
                                    + " can read the fields of its own group and of the form)");
        }

        @Test
        void namesTheSecondStepThatReusesAnId() {
            String json = twoSteps(FIELD_KIND, STEP_TWO.replace("\"id\": \"t\"", "\"id\": \"s\""));

            assertThatThrownBy(() -> FormJson.read("form.json", json))
                    .hasMessage("form.json: $.steps[1].id: Two steps share the id s");
        }

        @Test
        void namesTheSecondFieldThatReusesAnIdInAnotherStep() {
            String other =
                    STEP_TWO.replace("\"kind\", \"equals\": \"c\"", "\"kind\", \"equals\": \"a\"");
            String json = twoSteps(FIELD_KIND, other.replace("\"other\"", "\"kind\""));

            assertThatThrownBy(() -> FormJson.read("form.json", json))
                    .hasMessage("form.json: $.steps[1].fields[0].id: Two fields share the id kind");
        }

        @Test
        void namesTheRequiredWhenThatClosesACircle() {
            String a =
                    FIELD_PARENT
                            .replace("\"parent\"", "\"a\"")
                            .replace(
                                    "\"shownWhen\": {\"field\": \"kind\", \"equals\": \"b\"}",
                                    "\"requiredWhen\": {\"field\": \"b\", \"answered\": true}");
            String b =
                    FIELD_PARENT
                            .replace("\"parent\"", "\"b\"")
                            .replace(
                                    "{\"field\": \"kind\", \"equals\": \"b\"}",
                                    "{\"field\": \"a\", \"answered\": true}");

            assertThatThrownBy(() -> FormJson.read("form.json", form(FIELD_KIND, a, b)))
                    .satisfies(
                            e ->
                                    assertThat(e.getMessage())
                                            .isIn(
                                                    "form.json: $.steps[0].fields[1].requiredWhen:"
                                                            + " Conditions go round in a circle:"
                                                            + " a -> b -> a; make one of these"
                                                            + " conditions read another field",
                                                    "form.json: $.steps[0].fields[2].shownWhen:"
                                                            + " Conditions go round in a circle:"
                                                            + " b -> a -> b; make one of these"
                                                            + " conditions read another field"));
        }

        @Test
        void namesTheStepWhoseConditionReadsItsOwnField() {
            String step =
                    STEP_TWO.replace(
                            "\"field\": \"kind\", \"equals\": \"c\"",
                            "\"field\": \"other\", \"answered\": true");

            assertThatThrownBy(() -> FormJson.read("form.json", twoSteps(FIELD_KIND, step)))
                    .hasMessage(
                            "form.json: $.steps[1].shownWhen: Conditions go round in a circle:"
                                    + " other -> other; make one of these conditions read another"
                                    + " field");
        }

        @Test
        void namesTheExitOfAStepThatCanNeverEndTheForm() {
            String step =
                    STEP_TWO.replace(
                            "\"shownWhen\": {\"field\": \"kind\", \"equals\": \"c\"},",
                            "\"exitWhen\": {\"field\": \"kind\", \"in\": [\"a\", \"z\"]},"
                                    + " \"exitMessage\": {\"fr\": \"Fin\", \"en\": \"End\"},");

            assertThatThrownBy(() -> FormJson.read("form.json", twoSteps(FIELD_KIND, step)))
                    .hasMessage(
                            "form.json: $.steps[1].exitWhen: The condition of step t (exitWhen) can"
                                    + " never hold: field kind never reads \"z\"; use one of a, b");
        }

        @Test
        void namesAMultipleChoiceWithoutOptions() {
            String json =
                    form(
                            FIELD_KIND
                                    .replace("single-choice", "multiple-choice")
                                    .replaceAll("\"options\": \\[[^\\]]*\\]", "\"options\": []"));

            assertThatThrownBy(() -> FormJson.read("form.json", json))
                    .hasMessage(
                            "form.json: $.steps[0].fields[0]: A choice needs at least one option");
        }

        @Test
        void namesThePathWithinALargerDocument() {
            String definition = form(FIELD_PARENT);
            JsonObject embedded =
                    JsonObject.of(
                            "catalogue.json",
                            "$.procedures[2].form",
                            StrictJson.withMaxDocumentBytes(1 << 20)
                                    .parse("catalogue.json", definition));

            assertThatThrownBy(() -> FormReader.form(embedded))
                    .isInstanceOf(JsonInputException.class)
                    .hasMessageStartingWith(
                            "catalogue.json: $.procedures[2].form.steps[0].fields[0].shownWhen: The"
                                    + " condition of field parent (shownWhen) reads field kind");
        }
    }

    @Nested
    class Renderings {
        @Test
        void givesEachNewTypeItsAutocompleteTokenAndInputMode() {
            String fields =
                    """
                    {"id": "family", "type": "person-name", "part": "family", "category": "identity",
                     "label": {"fr": "Nom", "en": "Surname"}},
                    {"id": "given", "type": "person-name", "part": "given", "category": "identity",
                     "label": {"fr": "Prénom", "en": "Given name"}},
                    {"id": "count", "type": "integer", "category": "family",
                     "label": {"fr": "Nombre", "en": "Number"}},
                    {"id": "surface", "type": "decimal", "category": "family",
                     "label": {"fr": "Surface", "en": "Area"}},
                    {"id": "price", "type": "amount", "category": "income",
                     "label": {"fr": "Montant", "en": "Amount"}},
                    {"id": "siret", "type": "siret", "category": "identity",
                     "label": {"fr": "SIRET", "en": "SIRET"}},
                    {"id": "days", "type": "multiple-choice", "category": "family",
                     "label": {"fr": "Jours", "en": "Days"},
                     "options": [{"code": "mon", "label": {"fr": "Lundi", "en": "Monday"}}]}
                    """;

            FormDefinition form = FormJson.read("form.json", form(fields));

            assertThat(form.fields())
                    .extracting(
                            f -> f.id(),
                            f -> f.rendering().autocomplete(),
                            f -> f.rendering().inputMode(),
                            f -> f.rendering().grouped())
                    .containsExactly(
                            org.assertj.core.groups.Tuple.tuple(
                                    "family", "family-name", "text", false),
                            org.assertj.core.groups.Tuple.tuple(
                                    "given", "given-name", "text", false),
                            org.assertj.core.groups.Tuple.tuple("count", null, "numeric", false),
                            org.assertj.core.groups.Tuple.tuple("surface", null, "decimal", false),
                            org.assertj.core.groups.Tuple.tuple(
                                    "price", "transaction-amount", "decimal", false),
                            org.assertj.core.groups.Tuple.tuple("siret", null, "numeric", false),
                            org.assertj.core.groups.Tuple.tuple("days", null, "text", true));
        }
    }

    @Nested
    class HostileDefinitions {
        @Test
        @org.junit.jupiter.api.Timeout(5)
        void refusesATenMegabyteStringQuickly() {
            String json =
                    form(FIELD_KIND.replace("\"Document\"", "\"" + "x".repeat(10 << 20) + "\""));

            assertThatThrownBy(() -> FormJson.read("form.json", json))
                    .isInstanceOf(JsonInputException.class)
                    .extracting(e -> ((JsonInputException) e).reason())
                    .isEqualTo(JsonInputException.Reason.TOO_LARGE);
        }

        @Test
        @org.junit.jupiter.api.Timeout(5)
        void refusesDeeplyNestedConditionsQuicklyAndStillReadsAFormAfterwards() {
            // Case F09, on a definition.
            String deep =
                    "{\"not\": ".repeat(100_000)
                            + "{\"field\": \"kind\", \"equals\": \"a\"}"
                            + "}".repeat(100_000);
            String json =
                    form(
                            FIELD_KIND,
                            FIELD_PARENT.replace("{\"field\": \"kind\", \"equals\": \"b\"}", deep));

            assertThatThrownBy(() -> FormJson.read("form.json", json))
                    .isInstanceOf(JsonInputException.class)
                    .extracting(e -> ((JsonInputException) e).reason())
                    .isEqualTo(JsonInputException.Reason.TOO_LARGE);
            assertThat(FormJson.read("form.json", form(FIELD_KIND, FIELD_PARENT)).fields())
                    .hasSize(2);
        }

        @Test
        void refusesAWrongTypeWithItsPath() {
            String json = form(FIELD_KIND.replace("\"required\": true", "\"required\": \"yes\""));

            assertThatThrownBy(() -> FormJson.read("form.json", json))
                    .isInstanceOf(JsonInputException.class)
                    .hasMessageStartingWith("form.json: $.steps[0].fields[0].required:");
        }
    }
}
