package io.portail.forms.json;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.portail.forms.definition.Field;
import io.portail.forms.definition.FieldType;
import io.portail.forms.definition.FormDefinition;
import io.portail.forms.definition.Step;
import io.portail.forms.validation.Answers;
import io.portail.forms.validation.FormValidator;
import io.portail.forms.validation.RawAnswer;
import io.portail.forms.validation.ValidationResult;
import io.portail.privacy.category.DataCategory;
import io.portail.privacy.json.JsonInputException;
import io.portail.privacy.text.LocalizedText;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

class AnswersJsonTests {
    static final FormDefinition FORM =
            FormJson.read(
                    "form.json",
                    FormJsonTests.form(
                            FormJsonTests.FIELD_KIND,
                            FormJsonTests.FIELD_PARENT,
                            """
                            {"id": "address", "type": "postal-address", "category": "contact",
                             "label": {"fr": "Adresse", "en": "Address"}}
                            """));

    @Nested
    class ValidAnswers {
        @Test
        void readsTextsAndGroups() {
            Answers answers =
                    AnswersJson.read(
                            "answers.json",
                            "{\"kind\": \"b\", \"parent\": null, \"address\": {\"street\": \"rue"
                                    + " Haute\", \"postalCode\": \"45000\"}}",
                            FORM);

            assertThat(answers.get("kind")).contains(new RawAnswer.Text("b"));
            assertThat(answers.get("parent")).isEmpty();
            assertThat(answers.get("address").orElseThrow()).isInstanceOf(RawAnswer.Group.class);
            assertThat(answers.toString()).isEqualTo("Answers[kind, address]");
        }
    }

    @Nested
    class HostileAnswers {
        @Test
        void refusesAKeyThatIsNotAField() {
            // Case F11: the input may name a class; it is only ever an unknown key.
            String json = "{\"attachment\": {\"@class\": \"java.io.File\", \"path\": \"x.txt\"}}";

            assertThatThrownBy(() -> AnswersJson.read("answers.json", json, FORM))
                    .isInstanceOf(JsonInputException.class)
                    .hasMessage(
                            "answers.json: $[a key of 10 characters]: Not a field of form f version 2");
        }

        @Test
        void refusesAnUnknownPartOfAnAddressWithItsPath() {
            String json = "{\"address\": {\"@class\": \"java.io.File\"}}";

            assertThatThrownBy(() -> AnswersJson.read("answers.json", json, FORM))
                    .hasMessage(
                            "answers.json: $.address[a key of 6 characters]: Not a part of an address; use"
                                    + " commune, complement, number, postalCode, street");
        }

        @Test
        @Timeout(5)
        void refusesDeepNestingWithoutOverflowingTheStack() {
            // Case F09.
            String json = "[".repeat(100_000) + "]".repeat(100_000);

            assertThatThrownBy(() -> AnswersJson.read("answers.json", json, FORM))
                    .hasMessage("answers.json: $: Nested deeper than the limit of 64 levels");
            assertThat(AnswersJson.read("answers.json", "{\"kind\": \"a\"}", FORM).fieldIds())
                    .containsExactly("kind");
        }

        @Test
        @Timeout(5)
        void refusesANumberWhereTextIsExpectedEvenAHugeOne() {
            // Case F10: 1e1000000000 is never expanded; a name is text, not a number.
            assertThatThrownBy(
                            () ->
                                    AnswersJson.read(
                                            "answers.json", "{\"parent\": 1e1000000000}", FORM))
                    .isInstanceOf(JsonInputException.class)
                    .hasMessage("answers.json: $.parent: Expected a string, found a number");
        }

        @Test
        void refusesABooleanWhereTextIsExpected() {
            assertThatThrownBy(() -> AnswersJson.read("answers.json", "{\"parent\": true}", FORM))
                    .hasMessage("answers.json: $.parent: Expected a string, found a boolean");
        }

        @Test
        void refusesAnArrayAtTheTop() {
            assertThatThrownBy(() -> AnswersJson.read("answers.json", "[1]", FORM))
                    .hasMessage(
                            "answers.json: $: Expected an object of answers keyed by field id,"
                                    + " found an array");
        }
    }

    /**
     * A key given twice in the same object is refused at every level, with its place, even when its
     * first value is null and so stored nowhere: the reader finds it, and the document is read
     * again strictly to place it.
     */
    @Nested
    class RepeatedKeys {
        final AnswersReader reader =
                AnswersJson.reader(io.portail.forms.TestForms.schoolRegistration());

        @Test
        void atTheTopAfterANull() {
            assertThatThrownBy(
                            () -> reader.read("a.json", "{\"canteen\": null, \"canteen\": true}"))
                    .hasMessage(
                            "a.json: $: A key appears twice in the same object, at line 1, column 28");
        }

        @Test
        void inAnOccurrenceOfAGroup() {
            String json =
                    "{\"siblings\": [{\"given-name\": \"Hugo\"},"
                            + " {\"given-name\": \"Inès\", \"given-name\": \"Léo\"}]}";

            assertThatThrownBy(() -> reader.read("a.json", json))
                    .hasMessage(
                            "a.json: $: A key appears twice in the same object, at line 1, column 74");
        }

        @Test
        void inThePartsOfAnAddressAfterANull() {
            String json = "{\"address\": {\"number\": null, \"number\": \"12\"}}";

            assertThatThrownBy(() -> reader.read("a.json", json))
                    .hasMessage(
                            "a.json: $: A key appears twice in the same object, at line 1, column 38");
        }

        @Test
        void inAFileDescription() {
            String json =
                    "{\"proof-of-address\": [{\"name\": \"a.pdf\", \"size\": 1, \"size\": 2}]}";

            assertThatThrownBy(() -> reader.read("a.json", json))
                    .hasMessage(
                            "a.json: $: A key appears twice in the same object, at line 1, column 58");
        }

        @Test
        void notTheSameKeyInTwoObjects() {
            String json =
                    "{\"siblings\": [{\"given-name\": \"Hugo\"}, {\"given-name\": \"Inès\"}],"
                            + " \"address\": {\"number\": \"12\"}}";

            // Answers read are listed in the form's reading order, not the document's.
            assertThat(reader.read("a.json", json).fieldIds())
                    .containsExactly("address", "siblings");
        }
    }

    /**
     * The reader lays answers out by the positions of its form's fields; a validator of that same
     * form reads them so, any other looks each one up by id, with the same outcome.
     */
    @Nested
    class LaidOutByPosition {
        final String json = io.portail.forms.TestForms.schoolRegistrationAnswers();
        final FormDefinition form = io.portail.forms.TestForms.schoolRegistration();
        final Clock clock =
                Clock.fixed(Instant.parse("2026-03-16T09:00:00Z"), ZoneId.of("Europe/Paris"));

        @Test
        void aValidatorOfAnEqualFormGivesTheSameResult() {
            Answers answers = AnswersJson.reader(form).read("a.json", json);
            FormDefinition other = io.portail.forms.TestForms.schoolRegistration();

            ValidationResult same = FormValidator.of(form, clock).validate(answers);
            ValidationResult equal = FormValidator.of(other, clock).validate(answers);

            assertThat(other).isNotSameAs(form).isEqualTo(form);
            assertThat(same.isValid()).isTrue();
            assertThat(texts(equal)).isEqualTo(texts(same)).hasSize(23);
            assertThat(answers.get("canteen")).contains(new RawAnswer.Text("true"));
            assertThat(answers.get("not-a-field")).isEmpty();
        }

        private List<String> texts(ValidationResult result) {
            return ((ValidationResult.Valid) result)
                    .answers().all().stream()
                            .map(a -> a.field().id() + "=" + a.text() + " | " + a.display())
                            .toList();
        }

        @Test
        void readsAnOccurrenceOfAnyNumberOfParts() {
            List<Field> fields = new ArrayList<>();
            for (int i = 1; i <= 7; i++) {
                fields.add(
                        Field.builder(
                                        "part" + i,
                                        new FieldType.ShortText(20),
                                        LocalizedText.same("Part " + i),
                                        DataCategory.IDENTITY)
                                .build());
            }
            Field group =
                    Field.builder(
                                    "rows",
                                    new FieldType.Group(fields, 0, 9),
                                    LocalizedText.same("Rows"),
                                    DataCategory.IDENTITY)
                            .build();
            FormDefinition wide =
                    new FormDefinition(
                            "wide",
                            1,
                            LocalizedText.same("Wide"),
                            List.of(
                                    new Step(
                                            "rows",
                                            LocalizedText.same("Rows"),
                                            List.of(group),
                                            null)));
            AnswersReader reader = AnswersJson.reader(wide);

            for (int parts = 0; parts <= 7; parts++) {
                List<String> members = new ArrayList<>();
                for (int i = 1; i <= parts; i++) {
                    members.add("\"part" + i + "\": \"v" + i + "\"");
                }
                if (parts < 7) {
                    // A null part is no part.
                    members.add("\"part7\": null");
                }
                String json = "{\"rows\": [{" + String.join(", ", members) + "}]}";

                RawAnswer.Group read =
                        (RawAnswer.Group)
                                ((RawAnswer.Items)
                                                reader.read("a.json", json)
                                                        .get("rows")
                                                        .orElseThrow())
                                        .items()
                                        .get(0);

                assertThat(read.parts()).hasSize(parts);
                for (int i = 1; i <= parts; i++) {
                    assertThat(read.parts().get("part" + i)).isEqualTo(new RawAnswer.Text("v" + i));
                }
            }
        }

        @Test
        void aValidatorOfAnotherFormRefusesTheFieldsItDoesNotHave() {
            Answers answers = AnswersJson.reader(form).read("a.json", json);
            FormValidator another = FormValidator.of(FORM, clock);

            assertThatThrownBy(() -> another.validate(answers))
                    .isInstanceOf(IllegalArgumentException.class)
                    .hasMessage(
                            "The answers name a field the form does not have: (an id of 16"
                                    + " characters)");
        }
    }

    @Nested
    class ShapesOfNewTypes {
        final FormDefinition form = io.portail.forms.TestForms.schoolRegistration();

        @Test
        void refusesAClassNameInAFileDescriptionWithItsPath() {
            // Case F11: the answer about a file is its description only.
            String json =
                    "{\"proof-of-address\": [{\"@class\": \"java.io.File\", \"path\": \"x.txt\"}]}";

            assertThatThrownBy(() -> AnswersJson.read("answers.json", json, form))
                    .isInstanceOf(JsonInputException.class)
                    .hasMessage(
                            "answers.json: $.proof-of-address[0][a key of 6 characters]: Not a part of a file"
                                    + " description; use mediaType, name, size");
        }

        @Test
        void refusesAnUnknownFieldInAGroupWithItsPath() {
            String json = "{\"siblings\": [{\"given-name\": \"Hugo\"}, {\"age\": 3}]}";

            assertThatThrownBy(() -> AnswersJson.read("answers.json", json, form))
                    .hasMessage(
                            "answers.json: $.siblings[1][a key of 3 characters]: Not a field of group"
                                    + " siblings");
        }

        @Test
        void refusesAnAnswerToADisplayOnlyField() {
            assertThatThrownBy(() -> AnswersJson.read("answers.json", "{\"intro\": \"x\"}", form))
                    .hasMessage("answers.json: $.intro: A display-only field takes no answer");
        }

        @Test
        void refusesAnObjectWhereATextIsExpected() {
            String json = "{\"household-size\": {\"@class\": \"java.lang.Runtime\"}}";

            assertThatThrownBy(() -> AnswersJson.read("answers.json", json, form))
                    .hasMessage(
                            "answers.json: $.household-size: Expected a number or a string,"
                                    + " found an object");
        }

        @Test
        @Timeout(5)
        void refusesAHugeAmountQuicklyAsAWrongFormat() {
            // Case F10: the exponent is never expanded.
            var answers =
                    AnswersJson.read("answers.json", "{\"family-quotient\": 1e1000000000}", form);

            assertThat(answers.get("family-quotient").orElseThrow().toString())
                    .isEqualTo("Text[13 chars]");
        }
    }

    /** Messages name the path and what was expected, never what the sender wrote in a key. */
    @Nested
    class PlainMessages {
        @Test
        void aKeyThatLooksLikeAnIdIsGivenByItsLengthOnlyToo() {
            // A client may key answers by what a resident typed, a family name for instance.
            String json = "{\"Durand-secret\": 1}";

            assertThatThrownBy(() -> AnswersJson.read("a.json", json, FORM))
                    .hasMessage(
                            "a.json: $[a key of 13 characters]: Not a field of form f version 2")
                    .hasMessageNotContaining("Durand");
        }

        @Test
        void placesAnUnknownKeyOnItsLineAndColumn() {
            assertThatThrownBy(
                            () ->
                                    AnswersJson.read(
                                            "a.json", "{\"kind\": \"b\",\n \"adress\": 1}", FORM))
                    .isInstanceOfSatisfying(
                            JsonInputException.class,
                            refused -> {
                                assertThat(refused.line()).hasValue(2);
                                assertThat(refused.column()).hasValue(2);
                            });
        }

        @Test
        void suggestsTheFormsOwnIdClosestToAnUnknownKey() {
            assertThatThrownBy(() -> AnswersJson.read("a.json", "{\"adress\": 1}", FORM))
                    .hasMessage(
                            "a.json: $[a key of 6 characters]: Not a field of form f version 2;"
                                    + " did you mean \"address\"?");
            assertThatThrownBy(() -> AnswersJson.read("a.json", "{\"ADDRESS\": 1}", FORM))
                    .hasMessageEndingWith("did you mean \"address\"?");
        }

        @Test
        void suggestsTheClosestFieldOfAGroup() {
            String json = "{\"siblings\": [{\"given-nmae\": \"Hugo\"}]}";

            assertThatThrownBy(
                            () ->
                                    AnswersJson.read(
                                            "answers.json",
                                            json,
                                            io.portail.forms.TestForms.schoolRegistration()))
                    .hasMessage(
                            "answers.json: $.siblings[0][a key of 10 characters]: Not a field of"
                                    + " group siblings; did you mean \"given-name\"?");
        }

        @Test
        void aKeyThatIsNotAPlainNameIsGivenByItsLengthOnly() {
            String json = "{\"Jean Dupont 06 12 34 56 78\": \"x\"}";

            assertThatThrownBy(() -> AnswersJson.read("a.json", json, FORM))
                    .hasMessage(
                            "a.json: $[a key of 26 characters]: Not a field of form f version 2")
                    .hasMessageNotContaining("Dupont");
        }

        @Test
        void aYesNoTakesABooleanAndAMultipleChoiceAnArrayOfStrings() {
            FormDefinition form =
                    FormJson.read(
                            "form.json",
                            FormJsonTests.form(
                                    """
                                    {"id": "here", "type": "yes-no", "category": "contact",
                                     "label": {"fr": "Ici", "en": "Here"}}
                                    """,
                                    """
                                    {"id": "days", "type": "multiple-choice", "category": "contact",
                                     "label": {"fr": "Jours", "en": "Days"},
                                     "options": [{"code": "mon", "label": {"fr": "Lundi", "en": "Monday"}}]}
                                    """));

            assertThatThrownBy(() -> AnswersJson.read("a.json", "{\"here\": 12}", form))
                    .hasMessage("a.json: $.here: Expected a boolean or a string, found a number");
            assertThatThrownBy(() -> AnswersJson.read("a.json", "{\"days\": [\"mon\", 1]}", form))
                    .hasMessage("a.json: $.days[1]: Expected a string, found a number");
            assertThat(
                            AnswersJson.read(
                                            "a.json", "{\"here\": true, \"days\": [\"mon\"]}", form)
                                    .fieldIds())
                    .containsExactly("here", "days");
        }
    }

    /** A reader kept for a form reads every document as {@link AnswersJson#read} does. */
    @Nested
    class KeptReader {
        private final AnswersReader reader = AnswersJson.reader(FORM);

        @Test
        void readsOneDocumentAfterAnotherAndAfterARefusal() {
            assertThat(reader.read("a.json", "{\"kind\": \"a\"}").get("kind"))
                    .contains(new RawAnswer.Text("a"));
            assertThatThrownBy(() -> reader.read("b.json", "{\"kind\": {}}"))
                    .hasMessage("b.json: $.kind: Expected a string, found an object");
            assertThat(reader.read("c.json", "{\"kind\": \"b\"}").get("kind"))
                    .contains(new RawAnswer.Text("b"));
            assertThat(reader.form()).isSameAs(FORM);
            assertThat(reader).hasToString("AnswersReader[f v2]");
        }

        @Test
        void reportsADuplicateKeyLaterInTheDocumentBeforeAWrongShapeEarlier() {
            // Answers are made as the tokens arrive, but a malformed document is reported as such.
            String json = "{\"kind\": {}, \"parent\": \"x\", \"parent\": \"y\"}";

            assertThatThrownBy(() -> reader.read("a.json", json))
                    .hasMessage(
                            "a.json: $: A key appears twice in the same object, at line 1, column 37");
        }

        @Test
        void readsAStream() {
            var in =
                    new java.io.ByteArrayInputStream(
                            "{\"kind\": \"a\", \"address\": {\"number\": \"12\"}}"
                                    .getBytes(java.nio.charset.StandardCharsets.UTF_8));

            Answers answers = reader.read("a.json", in);

            assertThat(answers.fieldIds()).containsExactly("kind", "address");
            assertThat(answers.get("address"))
                    .contains(
                            new RawAnswer.Group(
                                    java.util.Map.of("number", new RawAnswer.Text("12"))));
        }
    }
}
