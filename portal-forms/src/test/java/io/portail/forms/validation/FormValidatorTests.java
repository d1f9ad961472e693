package io.portail.forms.validation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.portail.forms.definition.Condition;
import io.portail.forms.definition.DateRange;
import io.portail.forms.definition.Exit;
import io.portail.forms.definition.Field;
import io.portail.forms.definition.FieldType;
import io.portail.forms.definition.FormDefinition;
import io.portail.forms.definition.Option;
import io.portail.forms.definition.Step;
import io.portail.privacy.category.DataCategory;
import io.portail.privacy.text.LocalizedText;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class FormValidatorTests {
    static final Clock CLOCK =
            Clock.fixed(Instant.parse("2026-03-16T09:00:00Z"), ZoneId.of("Europe/Paris"));

    static final Field KIND =
            Field.builder(
                            "record-kind",
                            new FieldType.SingleChoice(
                                    List.of(
                                            new Option("extract", LocalizedText.same("Extrait")),
                                            new Option("full-copy", LocalizedText.same("Copie")))),
                            new LocalizedText("Document", "Document"),
                            DataCategory.CIVIL_STATUS)
                    .name(new LocalizedText("le document", "the document"))
                    .required()
                    .build();

    static final Field NAME =
            Field.builder(
                            "family-name",
                            new FieldType.ShortText(20),
                            new LocalizedText("Nom de famille", "Surname"),
                            DataCategory.of("identity.name"))
                    .name(new LocalizedText("votre nom de famille", "your surname"))
                    .required()
                    .build();

    static final Field BIRTH =
            Field.builder(
                            "birth-date",
                            new FieldType.DateField(DateRange.PAST),
                            new LocalizedText("Date de naissance", "Date of birth"),
                            DataCategory.of("identity.birth"))
                    .name(new LocalizedText("votre date de naissance", "your date of birth"))
                    .example(LocalizedText.same("27/03/2007"))
                    .required()
                    .build();

    static final Field PARENT =
            Field.builder(
                            "parent",
                            new FieldType.ShortText(100),
                            new LocalizedText("Nom d'un parent", "Name of a parent"),
                            DataCategory.FAMILY)
                    .shownWhen(new Condition.In("record-kind", Set.of("full-copy")))
                    .required()
                    .build();

    static final Field EMAIL =
            Field.builder(
                            "email",
                            new FieldType.Email(),
                            new LocalizedText("Adresse e-mail", "Email address"),
                            DataCategory.CONTACT)
                    .build();

    static final FormDefinition FORM =
            new FormDefinition(
                    "birth-record",
                    1,
                    LocalizedText.same("Acte de naissance"),
                    List.of(
                            new Step(
                                    "document",
                                    LocalizedText.same("Document"),
                                    List.of(KIND),
                                    null),
                            new Step(
                                    "person",
                                    LocalizedText.same("Personne"),
                                    List.of(NAME, BIRTH, PARENT, EMAIL),
                                    null)));

    static final FormValidator VALIDATOR = FormValidator.of(FORM, CLOCK);

    static Map<String, String> valid() {
        Map<String, String> answers = new LinkedHashMap<>();
        answers.put("record-kind", "extract");
        answers.put("family-name", "  Martin ");
        answers.put("birth-date", "27/03/2007");
        return answers;
    }

    static List<Violation> violations(Map<String, String> answers) {
        ValidationResult result = VALIDATOR.validate(Answers.ofText(answers));
        assertThat(result).isInstanceOf(ValidationResult.Invalid.class);
        return ((ValidationResult.Invalid) result).violations();
    }

    static NormalisedAnswers normalised(Map<String, String> answers) {
        ValidationResult result = VALIDATOR.validate(Answers.ofText(answers));
        assertThat(result).isInstanceOf(ValidationResult.Valid.class);
        return ((ValidationResult.Valid) result).answers();
    }

    @Nested
    class ValidAnswers {
        @Test
        void normalisesTextAndDates() {
            NormalisedAnswers answers = normalised(valid());

            assertThat(answers.text("family-name")).contains("Martin");
            assertThat(answers.get("birth-date").orElseThrow().value())
                    .isEqualTo(LocalDate.of(2007, 3, 27));
            assertThat(answers.get("birth-date").orElseThrow().display().fr())
                    .isEqualTo("27/03/2007");
            assertThat(answers.get("record-kind").orElseThrow().display().fr())
                    .isEqualTo("Extrait");
        }

        @Test
        void treatsTypographicApostropheAndDecomposedAccentsAsTheirPlainForms() {
            // Cases F06 and F07.
            Map<String, String> answers = valid();
            answers.put("family-name", "L\u2019He\u0301lie");

            assertThat(normalised(answers).text("family-name")).contains("L'H\u00e9lie");
        }

        @Test
        void neverShowsAnswersInToString() {
            assertThat(normalised(valid()).toString())
                    .isEqualTo("NormalisedAnswers[record-kind, family-name, birth-date]");
        }
    }

    @Nested
    class Messages {
        @Test
        void asksForEveryMissingFieldInReadingOrder() {
            List<Violation> violations = violations(Map.of());

            assertThat(violations)
                    .extracting(Violation::path, Violation::code, v -> v.message().fr())
                    .containsExactly(
                            org.assertj.core.groups.Tuple.tuple(
                                    "record-kind", "required", "Choisissez le document"),
                            org.assertj.core.groups.Tuple.tuple(
                                    "family-name", "required", "Saisissez votre nom de famille"),
                            org.assertj.core.groups.Tuple.tuple(
                                    "birth-date", "required", "Saisissez votre date de naissance"));
            assertThat(violations)
                    .extracting(v -> v.message().en())
                    .containsExactly(
                            "Choose the document",
                            "Enter your surname",
                            "Enter your date of birth");
        }

        @Test
        void saysHowLongATextMayBe() {
            Map<String, String> answers = valid();
            answers.put("family-name", "x".repeat(21));

            assertThat(violations(answers))
                    .singleElement()
                    .satisfies(
                            v -> {
                                assertThat(v.code()).isEqualTo("too-long");
                                assertThat(v.message().fr())
                                        .isEqualTo(
                                                "Raccourcissez votre nom de famille : 20"
                                                        + " caractères au plus");
                                assertThat(v.message().en())
                                        .isEqualTo("Your surname must be 20 characters or fewer");
                            });
        }

        @Test
        void tellsANonExistentDateFromAWrongFormatAndFromTheFuture() {
            Map<String, String> notReal = valid();
            notReal.put("birth-date", "31/02/2007");
            Map<String, String> wrongFormat = valid();
            wrongFormat.put("birth-date", "mars 2007");
            Map<String, String> future = valid();
            future.put("birth-date", "17/03/2026");

            assertThat(violations(notReal).get(0).message().fr())
                    .isEqualTo(
                            "Vérifiez votre date de naissance : cette date n'existe pas. Saisissez"
                                    + " une date réelle, par exemple 27/03/2007");
            assertThat(violations(wrongFormat).get(0).message().fr())
                    .isEqualTo(
                            "Saisissez votre date de naissance sous la forme jour/mois/année, par"
                                    + " exemple 27/03/2007");
            assertThat(violations(future).get(0).message().fr())
                    .isEqualTo(
                            "Vérifiez votre date de naissance : saisissez la date d'aujourd'hui ou"
                                    + " une date passée");
            assertThat(violations(future).get(0).message().en())
                    .isEqualTo("Your date of birth must be today or in the past");
        }

        @Test
        void acceptsTodayForAPastDate() {
            Map<String, String> answers = valid();
            answers.put("birth-date", "16/03/2026");

            assertThat(normalised(answers).text("birth-date")).contains("2026-03-16");
        }

        @Test
        void refusesBidirectionalOverridesAndUnpairedSurrogates() {
            // Unicode Standard Annex 9; CVE-2021-42574 ("Trojan Source"); a lone surrogate is not
            // text.
            for (String name : List.of("Mar\u202Etin", "Mar\u2066tin", "Mar\uD800tin")) {
                Map<String, String> answers = valid();
                answers.put("family-name", name);

                assertThat(violations(answers).get(0).message().fr())
                        .isEqualTo(
                                "Vérifiez votre nom de famille : retirez les caractères"
                                        + " invisibles ou spéciaux");
            }
        }

        @Test
        void asksForTheFullYearWhenTheYearIsBeforeTheYear1000() {
            // DateRule.FIRST_PLAUSIBLE_YEAR: 0091 is a two-digit year padded with zeros (1991),
            // 0001 has 4 digits but no one was born then; the message is true of both.
            for (String typed : List.of("27/03/0091", "01/01/0001", "31/12/0999")) {
                Map<String, String> answers = valid();
                answers.put("birth-date", typed);

                assertThat(violations(answers))
                        .singleElement()
                        .satisfies(
                                v -> {
                                    assertThat(v.code()).isEqualTo("date.implausible-year");
                                    assertThat(v.message().fr())
                                            .isEqualTo(
                                                    "Vérifiez votre date de naissance : l'année"
                                                            + " semble incomplète ou inexacte."
                                                            + " Saisissez la date avec l'année"
                                                            + " complète, par exemple 27/03/2007");
                                    assertThat(v.message().en())
                                            .isEqualTo(
                                                    "Check your date of birth: the year seems"
                                                            + " incomplete or wrong. Enter the date"
                                                            + " with the full year, for example"
                                                            + " 27/03/2007");
                                });
            }
        }

        @Test
        void refusesAnOptionThatIsNotOffered() {
            Map<String, String> answers = valid();
            answers.put("record-kind", "passport");

            assertThat(violations(answers).get(0).message().fr())
                    .isEqualTo("Choisissez le document parmi les réponses proposées");
        }

        @Test
        void namesAFieldByItsLabelWhenTheFormGivesNoName() {
            Map<String, String> answers = valid();
            answers.put("record-kind", "full-copy");

            assertThat(violations(answers).get(0).message().fr())
                    .isEqualTo("Saisissez « Nom d'un parent »");
            assertThat(violations(answers).get(0).message().en())
                    .isEqualTo("Enter \u201cName of a parent\u201d");
        }

        @Test
        void wordsTheEmailRulesMessageWithTheFieldsName() {
            Map<String, String> answers = valid();
            answers.put("email", "jean.martin@exemple");

            assertThat(violations(answers))
                    .singleElement()
                    .satisfies(
                            v -> {
                                assertThat(v.code()).isEqualTo("email.wrong-format");
                                assertThat(v.message().fr())
                                        .isEqualTo(
                                                "Saisissez « Adresse e-mail » en entier, avec un @"
                                                        + " et un nom de domaine, par exemple"
                                                        + " nom@exemple.fr");
                                assertThat(v.message().en())
                                        .isEqualTo(
                                                "Enter \u201cEmail address\u201d in full, with an"
                                                        + " @ and a domain name, for example"
                                                        + " name@example.com");
                            });
        }

        @Test
        void neverQuotesTheAnswerInAMessage() {
            // Case F08: what a resident typed never reaches a message.
            Map<String, String> answers = valid();
            answers.put("family-name", "${1+1}" + "x".repeat(30));

            Violation violation = violations(answers).get(0);
            assertThat(violation.message().fr()).doesNotContain("${1+1}").doesNotContain("2x");
        }
    }

    /**
     * A well-formed number out of range gets the range message, never "wrong format", whatever its
     * sign, grouping or euro sign.
     */
    @Nested
    class NumbersOutOfRange {
        static final FormValidator NUMBERS =
                FormValidator.of(
                        new FormDefinition(
                                "numbers",
                                1,
                                LocalizedText.same("Nombres"),
                                List.of(
                                        new Step(
                                                "s",
                                                LocalizedText.same("S"),
                                                List.of(
                                                        number(
                                                                "gift",
                                                                new FieldType.Amount(
                                                                        100, 10_000_000),
                                                                "le montant du don",
                                                                "the amount of the gift"),
                                                        number(
                                                                "children",
                                                                new FieldType.IntegerNumber(1, 20),
                                                                "le nombre d'enfants",
                                                                "the number of children"),
                                                        number(
                                                                "surface",
                                                                new FieldType.DecimalNumber(
                                                                        new BigDecimal("0.5"),
                                                                        new BigDecimal("1000"),
                                                                        2),
                                                                "la surface",
                                                                "the area")),
                                                null))),
                        CLOCK);

        static Field number(String id, FieldType type, String fr, String en) {
            return Field.builder(id, type, LocalizedText.same(id), DataCategory.FAMILY)
                    .name(new LocalizedText(fr, en))
                    .build();
        }

        static ValidationResult validate(String field, String typed) {
            return NUMBERS.validate(Answers.ofText(Map.of(field, typed)));
        }

        @ParameterizedTest(name = "{0}: \"{1}\" -> {2}")
        @CsvSource(
                delimiter = '|',
                quoteCharacter = '"',
                textBlock =
                        """
                gift | -5                   | amount.too-small | Vérifiez le montant du don : le montant minimum est 1,00\u00a0€ | The amount of the gift must be €1.00 or more
                gift | 0                    | amount.too-small | Vérifiez le montant du don : le montant minimum est 1,00\u00a0€ | The amount of the gift must be €1.00 or more
                gift | -5 €                 | amount.too-small | Vérifiez le montant du don : le montant minimum est 1,00\u00a0€ | The amount of the gift must be €1.00 or more
                gift | €-5                  | amount.too-small | Vérifiez le montant du don : le montant minimum est 1,00\u00a0€ | The amount of the gift must be €1.00 or more
                gift | -€5                  | amount.too-small | Vérifiez le montant du don : le montant minimum est 1,00\u00a0€ | The amount of the gift must be €1.00 or more
                gift | - 1 234,50 EUR       | amount.too-small | Vérifiez le montant du don : le montant minimum est 1,00\u00a0€ | The amount of the gift must be €1.00 or more
                gift | -12,505              | amount.too-small | Vérifiez le montant du don : le montant minimum est 1,00\u00a0€ | The amount of the gift must be €1.00 or more
                gift | -99999999999999999999 | amount.too-small | Vérifiez le montant du don : le montant minimum est 1,00\u00a0€ | The amount of the gift must be €1.00 or more
                gift | 99999999999999999999 | amount.too-large | Vérifiez le montant du don : le montant maximum est 100\u202f000,00\u00a0€ | The amount of the gift must be €100,000.00 or less
                gift | 100 000,01           | amount.too-large | Vérifiez le montant du don : le montant maximum est 100\u202f000,00\u00a0€ | The amount of the gift must be €100,000.00 or less
                gift | +150 000             | amount.too-large | Vérifiez le montant du don : le montant maximum est 100\u202f000,00\u00a0€ | The amount of the gift must be €100,000.00 or less
                gift | €150000              | amount.too-large | Vérifiez le montant du don : le montant maximum est 100\u202f000,00\u00a0€ | The amount of the gift must be €100,000.00 or less
                gift | 1 234 567,50 EUR     | amount.too-large | Vérifiez le montant du don : le montant maximum est 100\u202f000,00\u00a0€ | The amount of the gift must be €100,000.00 or less
                gift | 100000,001           | amount.too-large | Vérifiez le montant du don : le montant maximum est 100\u202f000,00\u00a0€ | The amount of the gift must be €100,000.00 or less
                gift | 12,505               | amount.wrong-format | Saisissez le montant du don en euros, avec 2 chiffres au plus après la virgule, par exemple 12,50 € | Enter the amount of the gift in euros, with 2 digits or fewer after the decimal point, for example €12.50
                gift | --5                  | amount.wrong-format | Saisissez le montant du don en euros, avec 2 chiffres au plus après la virgule, par exemple 12,50 € | Enter the amount of the gift in euros, with 2 digits or fewer after the decimal point, for example €12.50
                gift | 1.234,50             | amount.wrong-format | Saisissez le montant du don en euros, avec 2 chiffres au plus après la virgule, par exemple 12,50 € | Enter the amount of the gift in euros, with 2 digits or fewer after the decimal point, for example €12.50
                gift | €12,50 €             | amount.wrong-format | Saisissez le montant du don en euros, avec 2 chiffres au plus après la virgule, par exemple 12,50 € | Enter the amount of the gift in euros, with 2 digits or fewer after the decimal point, for example €12.50
                children | -5               | number.too-small | Vérifiez le nombre d'enfants : le nombre minimum est 1 | The number of children must be 1 or more
                children | -2,5             | number.too-small | Vérifiez le nombre d'enfants : le nombre minimum est 1 | The number of children must be 1 or more
                children | -99999999999999999999 | number.too-small | Vérifiez le nombre d'enfants : le nombre minimum est 1 | The number of children must be 1 or more
                children | +25              | number.too-large | Vérifiez le nombre d'enfants : le nombre maximum est 20 | The number of children must be 20 or less
                children | 1 000            | number.too-large | Vérifiez le nombre d'enfants : le nombre maximum est 20 | The number of children must be 20 or less
                children | 25,5             | number.too-large | Vérifiez le nombre d'enfants : le nombre maximum est 20 | The number of children must be 20 or less
                children | 99999999999999999999 | number.too-large | Vérifiez le nombre d'enfants : le nombre maximum est 20 | The number of children must be 20 or less
                children | \u22125          | number.too-small | Vérifiez le nombre d'enfants : le nombre minimum est 1 | The number of children must be 1 or more
                gift | \u2212 12,50 €       | amount.too-small | Vérifiez le montant du don : le montant minimum est 1,00\u00a0€ | The amount of the gift must be €1.00 or more
                children | \u2013 5          | number.too-small | Vérifiez le nombre d'enfants : le nombre minimum est 1 | The number of children must be 1 or more
                surface | \u22120,5         | number.too-small | Vérifiez la surface : le nombre minimum est 0,5 | The area must be 0.5 or more
                children | 2,5              | number.not-whole | Saisissez le nombre d'enfants en nombre entier, sans virgule, par exemple 3 | Enter the number of children as a whole number, for example 3
                children | 5-               | number.wrong-format | Saisissez le nombre d'enfants en chiffres, par exemple 3 | Enter the number of children in figures, for example 3
                surface | -5                | number.too-small | Vérifiez la surface : le nombre minimum est 0,5 | The area must be 0.5 or more
                surface | -0,001            | number.too-small | Vérifiez la surface : le nombre minimum est 0,5 | The area must be 0.5 or more
                surface | -99999999999999999999,5 | number.too-small | Vérifiez la surface : le nombre minimum est 0,5 | The area must be 0.5 or more
                surface | 1 234,5           | number.too-large | Vérifiez la surface : le nombre maximum est 1\u202f000 | The area must be 1,000 or less
                surface | +1000,001         | number.too-large | Vérifiez la surface : le nombre maximum est 1\u202f000 | The area must be 1,000 or less
                surface | 99999999999999999999 | number.too-large | Vérifiez la surface : le nombre maximum est 1\u202f000 | The area must be 1,000 or less
                surface | 12,345            | number.too-many-decimals | Saisissez la surface avec 2 chiffres au plus après la virgule | Enter the area with 2 digits or fewer after the decimal point
                """)
        void givesTheRangeMessageToAWellFormedNumberOutOfRange(
                String field, String typed, String code, String french, String english) {
            ValidationResult result = validate(field, typed);

            assertThat(((ValidationResult.Invalid) result).violations())
                    .singleElement()
                    .satisfies(
                            v -> {
                                assertThat(v.code()).isEqualTo(code);
                                assertThat(v.message().fr()).isEqualTo(french);
                                assertThat(v.message().en()).isEqualTo(english);
                            });
        }

        @ParameterizedTest(name = "{0} -> {1} / {2}")
        @CsvSource(
                delimiter = '|',
                textBlock =
                        """
                0              | 0                  | 0
                999            | 999                | 999
                1000           | 1\u202f000           | 1,000
                -12500.5       | -12\u202f500,5       | -12,500.5
                999999999999999 | 999\u202f999\u202f999\u202f999\u202f999 | 999,999,999,999,999
                0.000001       | 0,000001           | 0.000001
                """)
        void writesBoundsAsEachLanguageWritesNumbers(String plain, String french, String english) {
            // As amounts are (Money): groups of three from 1 000, a narrow no-break space and a
            // comma in French, commas and a point in English.
            assertThat(FieldChecks.grouped(plain, '\u202f', ',')).isEqualTo(french);
            assertThat(FieldChecks.grouped(plain, ',', '.')).isEqualTo(english);
        }

        @ParameterizedTest(name = "{0}: \"{1}\" -> {2}")
        @CsvSource(
                delimiter = '|',
                quoteCharacter = '"',
                textBlock =
                        """
                gift | +12,50            | 12.50
                gift | 1 234,50          | 1234.50
                gift | €1 234,50         | 1234.50
                gift | € 1 234,5         | 1234.50
                gift | 1 234,50 EUR      | 1234.50
                gift | 1 234,50€         | 1234.50
                gift | 100 000           | 100000.00
                children | +3            | 3
                children | 1 2           | 12
                surface | +12,5          | 12.5
                surface | 1 000          | 1000
                surface | 0,50           | 0.50
                """)
        void readsAWellFormedNumberInRange(String field, String typed, String text) {
            ValidationResult result = validate(field, typed);

            assertThat(((ValidationResult.Valid) result).answers().text(field)).contains(text);
        }
    }

    @Nested
    class YesNoQuestions {
        static final Field STATEMENT =
                Field.builder(
                                "sworn-statement",
                                new FieldType.YesNo(),
                                new LocalizedText(
                                        "Je déclare sur l'honneur mon adresse",
                                        "I state my address on my honour"),
                                DataCategory.CONTACT)
                        .name(
                                new LocalizedText(
                                        "votre déclaration sur l'honneur", "your sworn statement"))
                        .required()
                        .build();
        static final Field NURSERY =
                Field.builder(
                                "nursery",
                                new FieldType.YesNo(),
                                new LocalizedText("Inscrit en crèche", "At the nursery"),
                                DataCategory.of("education"))
                        .required()
                        .build();
        static final FormValidator YES_NO =
                FormValidator.of(
                        new FormDefinition(
                                "statement",
                                1,
                                LocalizedText.same("Déclaration"),
                                List.of(
                                        new Step(
                                                "s",
                                                LocalizedText.same("S"),
                                                List.of(STATEMENT, NURSERY),
                                                null))),
                        CLOCK);

        static List<Violation> refused(Map<String, String> answers) {
            return ((ValidationResult.Invalid) YES_NO.validate(Answers.ofText(answers)))
                    .violations();
        }

        @Test
        void asksForYesOrNoWhateverTheNounPhraseNamingTheQuestion() {
            assertThat(refused(Map.of()))
                    .extracting(Violation::code, v -> v.message().fr(), v -> v.message().en())
                    .containsExactly(
                            org.assertj.core.groups.Tuple.tuple(
                                    "required",
                                    "Pour votre déclaration sur l'honneur, répondez oui ou non",
                                    "For your sworn statement, answer yes or no"),
                            org.assertj.core.groups.Tuple.tuple(
                                    "required",
                                    "Pour « Inscrit en crèche », répondez oui ou non",
                                    "For \u201cAt the nursery\u201d, answer yes or no"));
        }

        @Test
        void asksForYesOrNoWhenTheAnswerIsNeither() {
            assertThat(refused(Map.of("sworn-statement", "peut-être", "nursery", "oui")))
                    .extracting(Violation::code, v -> v.message().fr(), v -> v.message().en())
                    .containsExactly(
                            org.assertj.core.groups.Tuple.tuple(
                                    "yes-no.unknown",
                                    "Pour votre déclaration sur l'honneur, répondez oui ou non",
                                    "For your sworn statement, answer yes or no"));
        }
    }

    @Nested
    class Conditions {
        @Test
        void requiresAFieldOnlyWhenItIsShown() {
            Map<String, String> answers = valid();
            answers.put("record-kind", "full-copy");

            assertThat(violations(answers)).extracting(Violation::path).containsExactly("parent");
        }

        @Test
        void dropsTheAnswerToAHiddenField() {
            Map<String, String> answers = valid();
            answers.put("parent", "Claire Martin");

            assertThat(normalised(answers).get("parent")).isEmpty();
        }

        @Test
        void validatesOneStepAlone() {
            ValidationResult step =
                    VALIDATOR.validateStep("document", Answers.ofText(Map.of("record-kind", "x")));

            assertThat(((ValidationResult.Invalid) step).violations())
                    .extracting(Violation::path)
                    .containsExactly("record-kind");
        }
    }

    @Nested
    class DatesRelativeToToday {
        static final String NURSERY =
                """
                {"id": "nursery", "version": 1, "title": {"fr": "Crèche", "en": "Nursery"},
                 "steps": [
                   {"id": "child", "title": {"fr": "L'enfant", "en": "The child"},
                    "fields": [
                      {"id": "birth-date", "type": "date", "range": "past", "required": true,
                       "category": "identity.birth",
                       "label": {"fr": "Date de naissance", "en": "Date of birth"}},
                      {"id": "nursery-days", "type": "integer", "min": 1, "max": 5,
                       "required": true, "category": "education",
                       "label": {"fr": "Jours de crèche", "en": "Nursery days"},
                       "shownWhen": {"field": "birth-date", "greaterThan": "today-P3Y"}}]},
                   {"id": "visit", "title": {"fr": "Visite", "en": "Visit"},
                    "fields": [
                      {"id": "visit-date", "type": "date", "category": "education",
                       "label": {"fr": "Date de la visite", "en": "Date of the visit"},
                       "exitWhen": {"field": "visit-date", "lessThan": "today"},
                       "exitMessage": {"fr": "Cette date est passée.",
                                       "en": "This date has passed."}}]}]}
                """;
        static final FormDefinition FORM =
                io.portail.forms.json.FormJson.read("nursery.json", NURSERY);
        // 23:30 UTC on 15 March is already 16 March in Paris: today is the 16th
        static final Instant NIGHT = Instant.parse("2026-03-15T23:30:00Z");
        static final FormValidator PARIS =
                FormValidator.of(FORM, Clock.fixed(NIGHT, ZoneId.of("Europe/Paris")));

        static ValidationResult validate(FormValidator validator, String birth, String visit) {
            return validator.validate(
                    Answers.ofText(
                            Map.of("birth-date", birth, "nursery-days", "2", "visit-date", visit)));
        }

        @Test
        void showsAFieldForAChildBornLessThanThreeYearsAgo() {
            NormalisedAnswers young =
                    ((ValidationResult.Valid) validate(PARIS, "17/03/2023", "16/03/2026"))
                            .answers();
            NormalisedAnswers three =
                    ((ValidationResult.Valid) validate(PARIS, "16/03/2023", "16/03/2026"))
                            .answers();

            assertThat(young.text("nursery-days")).contains("2");
            assertThat(three.text("nursery-days")).isEmpty();
        }

        @Test
        void requiresTheFieldOnlyWhileTheChildIsUnderThree() {
            ValidationResult result =
                    PARIS.validate(
                            Answers.ofText(
                                    Map.of(
                                            "birth-date",
                                            "17/03/2023",
                                            "visit-date",
                                            "20/03/2026")));

            assertThat(((ValidationResult.Invalid) result).violations())
                    .extracting(Violation::path)
                    .containsExactly("nursery-days");
        }

        @Test
        void endsTheFormWhenTheDateIsBeforeTodayInTheClocksZone() {
            FormValidator utc = FormValidator.of(FORM, Clock.fixed(NIGHT, ZoneId.of("UTC")));

            assertThat(validate(PARIS, "17/03/2020", "15/03/2026"))
                    .isEqualTo(
                            new ValidationResult.Ineligible(
                                    new LocalizedText(
                                            "Cette date est passée.", "This date has passed."),
                                    "visit-date",
                                    null));
            assertThat(validate(PARIS, "17/03/2020", "16/03/2026").isValid()).isTrue();
            assertThat(validate(utc, "17/03/2020", "15/03/2026").isValid()).isTrue();
        }
    }

    /** One validation, one day: a clock that ticks over midnight between two reads. */
    @Nested
    class OneDayPerValidation {
        /** Reads 23:59:59.999 in Paris first, then midnight, then on. */
        static final class Ticking extends Clock {
            private final java.util.concurrent.atomic.AtomicInteger reads =
                    new java.util.concurrent.atomic.AtomicInteger();

            @Override
            public ZoneId getZone() {
                return ZoneId.of("Europe/Paris");
            }

            @Override
            public Clock withZone(ZoneId zone) {
                throw new UnsupportedOperationException();
            }

            @Override
            public Instant instant() {
                // 22:59:59.999 UTC on 16 March is 23:59:59.999 in Paris
                return Instant.parse("2026-03-16T22:59:59.999Z")
                        .plusMillis(reads.getAndIncrement());
            }
        }

        @Test
        void judgesDateRangesAndConditionsOnTheSameDay() {
            FormValidator validator = FormValidator.of(DatesRelativeToToday.FORM, new Ticking());

            // Born "tomorrow" for a clock read a second time after midnight: refused, as the day
            // of the validation is the 16th for the range as for the condition.
            ValidationResult result =
                    validator.validate(
                            Answers.ofText(
                                    Map.of(
                                            "birth-date", "17/03/2026",
                                            "nursery-days", "2",
                                            "visit-date", "20/03/2026")));

            assertThat(((ValidationResult.Invalid) result).violations())
                    .extracting(Violation::path)
                    .containsExactly("birth-date");
        }
    }

    /** The day is kept between validations only while it is still the clock's day. */
    @Nested
    class DayKeptBetweenValidations {
        /** A clock set by the test, in St. John's (Newfoundland). */
        static final class Settable extends Clock {
            private volatile Instant now;

            Settable(Instant now) {
                this.now = now;
            }

            @Override
            public ZoneId getZone() {
                return ZoneId.of("America/St_Johns");
            }

            @Override
            public Clock withZone(ZoneId zone) {
                throw new UnsupportedOperationException();
            }

            @Override
            public Instant instant() {
                return now;
            }
        }

        static ValidationResult birthOn(FormValidator validator, String date) {
            return validator.validate(
                    Answers.ofText(
                            Map.of("birth-date", date, "nursery-days", "2", "visit-date", date)));
        }

        @Test
        void readsTheDayAgainWhenTheClocksGoBackOverMidnight() {
            // On 25 October 1987 St. John's went back from 00:01 (UTC-2:30) to 23:01 on the 24th
            // (UTC-3:30, tz database): a quarter of an hour later it is the 24th again.
            Settable clock = new Settable(Instant.parse("1987-10-25T02:30:30Z"));
            FormValidator validator = FormValidator.of(DatesRelativeToToday.FORM, clock);

            ValidationResult atMidnight = birthOn(validator, "25/10/1987");
            clock.now = Instant.parse("1987-10-25T02:45:00Z");
            ValidationResult backOnThe24th = birthOn(validator, "25/10/1987");

            assertThat(atMidnight.isValid()).isTrue();
            assertThat(((ValidationResult.Invalid) backOnThe24th).violations())
                    .extracting(Violation::path, Violation::code)
                    .containsExactly(
                            org.assertj.core.groups.Tuple.tuple("birth-date", "date.too-late"));
        }

        @Test
        void movesToTheNextDayAtMidnight() {
            Settable clock = new Settable(Instant.parse("2026-03-16T02:29:59Z"));
            FormValidator validator = FormValidator.of(DatesRelativeToToday.FORM, clock);

            ValidationResult onThe15th = birthOn(validator, "16/03/2026");
            clock.now = Instant.parse("2026-03-16T02:30:00Z");
            ValidationResult onThe16th = birthOn(validator, "16/03/2026");

            assertThat(onThe15th.isValid()).isFalse();
            assertThat(onThe16th.isValid()).isTrue();
        }
    }

    @Nested
    class ExitsInsideAGroup {
        static final String CANTEEN =
                """
                {"id": "canteen", "version": 1, "title": {"fr": "Cantine", "en": "Canteen"},
                 "steps": [
                   {"id": "children", "title": {"fr": "Les enfants", "en": "The children"},
                    "fields": [
                      {"id": "children", "type": "group", "min": 1, "max": 4,
                       "category": "family", "label": {"fr": "Enfant", "en": "Child"},
                       "fields": [
                         {"id": "given-name", "type": "short-text", "required": true,
                          "category": "identity.name",
                          "label": {"fr": "Prénom", "en": "Given name"}},
                         {"id": "birth-date", "type": "date", "range": "past", "required": true,
                          "category": "identity.birth",
                          "label": {"fr": "Date de naissance", "en": "Date of birth"},
                          "exitWhen": {"all": [
                            {"field": "birth-date", "greaterThan": "today-P3Y"},
                            {"field": "nursery", "equals": "false"}]},
                          "exitMessage": {
                            "fr": "La cantine accueille les enfants à partir de 3 ans.",
                            "en": "The canteen takes children from the age of 3."}},
                         {"id": "nursery", "type": "yes-no", "category": "education",
                          "label": {"fr": "Inscrit en crèche", "en": "At the nursery"}}]}]},
                   {"id": "payer", "title": {"fr": "Paiement", "en": "Payment"},
                    "fields": [
                      {"id": "pays-online", "type": "yes-no", "category": "payment",
                       "label": {"fr": "Paiement en ligne", "en": "Online payment"},
                       "exitWhen": {"field": "pays-online", "equals": "false"},
                       "exitMessage": {"fr": "Payez au guichet.", "en": "Pay at the desk."}}]}]}
                """;
        static final FormDefinition FORM =
                io.portail.forms.json.FormJson.read("canteen.json", CANTEEN);
        static final FormValidator VALIDATOR = FormValidator.of(FORM, CLOCK);

        static RawAnswer child(String name, String birth, String nursery) {
            Map<String, RawAnswer> parts = new LinkedHashMap<>();
            parts.put("given-name", new RawAnswer.Text(name));
            parts.put("birth-date", new RawAnswer.Text(birth));
            parts.put("nursery", new RawAnswer.Text(nursery));
            return new RawAnswer.Group(parts);
        }

        static ValidationResult validate(String onlinePayment, RawAnswer... children) {
            return VALIDATOR.validate(
                    Answers.of(
                            Map.of(
                                    "children",
                                    new RawAnswer.Items(List.of(children)),
                                    "pays-online",
                                    new RawAnswer.Text(onlinePayment))));
        }

        @Test
        void namesTheOccurrenceThatEndsTheFormAndKeepsTheExitsMessage() {
            // On 16 March 2026 the first child is 5; the second, born 1 June 2024, is under 3
            ValidationResult result =
                    validate(
                            "true",
                            child("Léa", "14/07/2020", "non"),
                            child("Hugo", "01/06/2024", "non"));

            ValidationResult.Ineligible exit = (ValidationResult.Ineligible) result;
            assertThat(exit.path()).isEqualTo("children[1].birth-date");
            assertThat(exit.occurrence()).isEqualTo(new LocalizedText("Enfant 2", "Child 2"));
            assertThat(exit.message())
                    .isEqualTo(
                            new LocalizedText(
                                    "La cantine accueille les enfants à partir de 3 ans.",
                                    "The canteen takes children from the age of 3."));
        }

        @Test
        void readsTheConditionOnEachOccurrencesOwnFields() {
            // The young child goes to the nursery: that occurrence does not end the form
            ValidationResult result =
                    validate(
                            "true",
                            child("Hugo", "01/06/2024", "oui"),
                            child("Léa", "14/07/2020", "non"));

            assertThat(result.isValid()).isTrue();
        }

        @Test
        void theFirstExitInReadingOrderWinsEvenWithViolations() {
            ValidationResult result =
                    validate(
                            "false",
                            child("", "14/07/2020", "non"),
                            child("Inès", "01/06/2024", "non"),
                            child("Hugo", "02/06/2024", "non"));

            assertThat(((ValidationResult.Ineligible) result).path())
                    .isEqualTo("children[1].birth-date");
            assertThat(
                            ((ValidationResult.Ineligible)
                                            validate("false", child("Léa", "14/07/2020", "non")))
                                    .path())
                    .isEqualTo("pays-online");
        }

        @Test
        void aStepsOwnExitNamesNoField() {
            Field kind =
                    Field.builder(
                                    "kind",
                                    new FieldType.YesNo(),
                                    LocalizedText.same("Oui ?"),
                                    DataCategory.CONTACT)
                            .build();
            Exit exit =
                    new Exit(
                            new Condition.In("kind", Set.of("false")),
                            new LocalizedText("Fin.", "End."));
            FormDefinition form =
                    new FormDefinition(
                            "f",
                            1,
                            LocalizedText.same("F"),
                            List.of(
                                    new Step(
                                            "s",
                                            LocalizedText.same("S"),
                                            List.of(kind),
                                            null,
                                            exit)));

            ValidationResult result =
                    FormValidator.of(form, CLOCK).validate(Answers.ofText(Map.of("kind", "non")));

            assertThat(result)
                    .isEqualTo(
                            new ValidationResult.Ineligible(
                                    new LocalizedText("Fin.", "End."), null, null));
        }
    }

    @Nested
    class Groups {
        @Test
        void treatsAnEmptyListAsMissingWhenTheGroupNeedsAnEntry() {
            Field child =
                    Field.builder(
                                    "given-name",
                                    new FieldType.ShortText(50),
                                    new LocalizedText("Prénom", "Given name"),
                                    DataCategory.of("identity.name"))
                            .required()
                            .build();
            Field children =
                    Field.builder(
                                    "children",
                                    new FieldType.Group(List.of(child), 1, 6),
                                    new LocalizedText("Enfant", "Child"),
                                    DataCategory.FAMILY)
                            .name(new LocalizedText("vos enfants", "your children"))
                            .build();
            FormDefinition form =
                    new FormDefinition(
                            "canteen",
                            1,
                            LocalizedText.same("Cantine"),
                            List.of(
                                    new Step(
                                            "children",
                                            LocalizedText.same("Enfants"),
                                            List.of(children),
                                            null)));

            ValidationResult result =
                    FormValidator.of(form, CLOCK)
                            .validate(
                                    Answers.of(Map.of("children", new RawAnswer.Items(List.of()))));

            assertThat(((ValidationResult.Invalid) result).violations())
                    .extracting(v -> v.message().fr())
                    .containsExactly("Pour vos enfants, remplissez au moins une fiche");
        }
    }

    @Nested
    class Misuse {
        @Test
        void refusesAnAnswerToAFieldTheFormDoesNotHave() {
            assertThatThrownBy(() -> VALIDATOR.validate(Answers.ofText(Map.of("colour", "red"))))
                    .isInstanceOf(IllegalArgumentException.class)
                    .hasMessage(
                            "The answers name a field the form does not have: (an id of 6"
                                    + " characters)");
        }

        @Test
        void suggestsTheFormsOwnIdWithoutRepeatingTheOneReceived() {
            Answers answers = Answers.ofText(Map.of("familyname", "Durand"));

            assertThatThrownBy(() -> VALIDATOR.validate(answers))
                    .hasMessage(
                            "The answers name a field the form does not have: (an id of 10"
                                    + " characters; did you mean \"family-name\"?)");
        }

        @Test
        void givesAnIdThatIsNotAPlainNameByItsLengthOnly() {
            Answers answers = Answers.ofText(Map.of("Jean Dupont", "red"));

            assertThatThrownBy(() -> VALIDATOR.validate(answers))
                    .hasMessage(
                            "The answers name a field the form does not have: (an id of 11"
                                    + " characters)")
                    .hasMessageNotContaining("Dupont");
        }
    }

    /**
     * A condition reads a group as the number of occurrences sent, so that a field of the group may
     * read a field whose own condition reads the group: the group's outcome is not known while its
     * occurrences are checked.
     */
    @Nested
    class GroupsReadByConditions {
        private final FormDefinition form =
                io.portail.forms.json.FormJson.read(
                        "form.json",
                        """
                        {"id": "f", "version": 1, "title": {"fr": "F", "en": "F"},
                         "steps": [{"id": "s", "title": {"fr": "S", "en": "S"}, "fields": [
                          {"id": "children", "type": "group", "min": 0, "max": 4,
                           "category": "family", "label": {"fr": "Enfant", "en": "Child"},
                           "fields": [
                            {"id": "name", "type": "short-text", "required": true,
                             "category": "family", "label": {"fr": "Prénom", "en": "Name"}},
                            {"id": "allergy", "type": "short-text", "category": "health",
                             "label": {"fr": "Allergie", "en": "Allergy"},
                             "requiredWhen": {"field": "canteen", "equals": "true"}}]},
                          {"id": "canteen", "type": "yes-no", "category": "family",
                           "label": {"fr": "Cantine", "en": "Canteen"},
                           "shownWhen": {"field": "children", "atLeast": "1"}}]}]}
                        """);
        private final FormValidator validator =
                FormValidator.of(
                        form, Clock.fixed(Instant.parse("2026-03-16T09:00:00Z"), ZoneId.of("UTC")));

        private ValidationResult validate(String json) {
            return validator.validate(io.portail.forms.json.AnswersJson.read("a.json", json, form));
        }

        @Test
        void aFieldOfTheGroupReadsAFieldShownByTheGroup() {
            ValidationResult result =
                    validate("{\"children\": [{\"name\": \"Léa\"}], \"canteen\": true}");

            assertThat(result).isInstanceOf(ValidationResult.Invalid.class);
            assertThat(((ValidationResult.Invalid) result).violations())
                    .extracting(Violation::path, Violation::code)
                    .containsExactly(
                            org.assertj.core.groups.Tuple.tuple("children[0].allergy", "required"));
        }

        @Test
        void aGroupWithAViolationStillCountsItsOccurrences() {
            // The second child has no name: the group is refused, and the canteen question is
            // still shown, since two children were sent.
            ValidationResult result =
                    validate(
                            "{\"children\": [{\"name\": \"Léa\", \"allergy\": \"Arachide\"},"
                                    + " {\"allergy\": \"Lait\"}]}");

            assertThat(((ValidationResult.Invalid) result).violations())
                    .extracting(Violation::path)
                    .containsExactly("children[1].name");
            assertThat(validate("{\"children\": [], \"canteen\": true}"))
                    .isInstanceOf(ValidationResult.Valid.class);
            assertThat(
                            ((ValidationResult.Valid)
                                            validate("{\"children\": [], \"canteen\": true}"))
                                    .answers()
                                    .get("canteen"))
                    .isEmpty();
        }
    }
}
