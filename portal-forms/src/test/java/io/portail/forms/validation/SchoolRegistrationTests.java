package io.portail.forms.validation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.groups.Tuple.tuple;

import io.portail.forms.TestForms;
import io.portail.forms.definition.FormDefinition;
import io.portail.forms.json.AnswersJson;
import io.portail.privacy.text.LocalizedText;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import org.assertj.core.groups.Tuple;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.ObjectMapper;
import tools.jackson.databind.node.ObjectNode;

/** The form engine on a realistic form with every kind of field: {@link FormValidator}. */
class SchoolRegistrationTests {
    static final Clock CLOCK =
            Clock.fixed(Instant.parse("2026-03-16T09:00:00Z"), ZoneId.of("Europe/Paris"));
    static final FormDefinition FORM = TestForms.schoolRegistration();
    static final FormValidator VALIDATOR = FormValidator.of(FORM, CLOCK);

    static String answers() {
        return TestForms.schoolRegistrationAnswers();
    }

    static ValidationResult validate(String json) {
        return VALIDATOR.validate(AnswersJson.read("answers.json", json, FORM));
    }

    static NormalisedAnswers valid(String json) {
        ValidationResult result = validate(json);
        assertThat(result).isInstanceOf(ValidationResult.Valid.class);
        return ((ValidationResult.Valid) result).answers();
    }

    static List<Violation> violations(String json) {
        ValidationResult result = validate(json);
        assertThat(result).isInstanceOf(ValidationResult.Invalid.class);
        return ((ValidationResult.Invalid) result).violations();
    }

    /** Each violation as its path, code and French and English messages, to compare whole. */
    static List<Tuple> worded(String json) {
        return violations(json).stream()
                .map(v -> tuple(v.path(), v.code(), v.message().fr(), v.message().en()))
                .toList();
    }

    static final ObjectMapper MAPPER = new ObjectMapper();

    /** Returns the valid answers with one answer replaced by a JSON value. */
    static String with(String field, String json) {
        ObjectNode root = (ObjectNode) MAPPER.readTree(answers());
        root.set(field, MAPPER.readTree(json));
        return MAPPER.writeValueAsString(root);
    }

    @Nested
    class ValidAnswers {
        @Test
        void keepsAnUnambiguousTextOfCompositeAnswers() {
            NormalisedAnswers answers = valid(answers());

            assertThat(answers.text("proof-of-address"))
                    .contains(
                            "[name=23:facture-electricite.pdf;mediaType=15:application/pdf;"
                                    + "size=6:183204;]");
            assertThat(answers.text("siblings"))
                    .contains(
                            "[given-name=4:Hugo;birth-date=10:2017-02-03;at-school-here=4:true;"
                                    + "school-name=18:École des Tilleuls;]"
                                    + "[given-name=4:Inès;birth-date=10:2023-11-21;"
                                    + "at-school-here=5:false;]");
            assertThat(answers.text("family-quotient")).contains("612.50");
            assertThat(answers.get("family-quotient").orElseThrow().display())
                    .isEqualTo(new LocalizedText("612,50\u00a0€", "€612.50"));
        }

        @Test
        void listsSeveralAttachmentsInTheOrderSent() {
            NormalisedAnswers answers =
                    valid(
                            with(
                                    "proof-of-address",
                                    "[{\"name\": \"facture.pdf\", \"mediaType\": \"APPLICATION/PDF\","
                                            + " \"size\": 183204},"
                                            + " {\"name\": \"quittance de loyer.jpg\","
                                            + " \"mediaType\": \"image/jpeg\", \"size\": \"0042\"}]"));

            Answer proof = answers.get("proof-of-address").orElseThrow();
            assertThat(proof.display())
                    .isEqualTo(LocalizedText.same("facture.pdf, quittance de loyer.jpg"));
            assertThat(proof.text())
                    .isEqualTo(
                            "[name=11:facture.pdf;mediaType=15:application/pdf;size=6:183204;]"
                                    + "[name=22:quittance de loyer.jpg;mediaType=10:image/jpeg;"
                                    + "size=2:42;]");
            assertThat(proof.value())
                    .isEqualTo(
                            List.of(
                                    new AttachmentAnswer("facture.pdf", "application/pdf", 183204),
                                    new AttachmentAnswer(
                                            "quittance de loyer.jpg", "image/jpeg", 42)));
        }

        @Test
        void acceptsTheFullDocumentWithTwentyFiveFields() {
            NormalisedAnswers answers = valid(answers());

            assertThat(FORM.fields()).hasSize(25);
            assertThat(answers.text("parent1-phone")).contains("+33685123456");
            assertThat(answers.text("parent2-phone")).contains("+590690123456");
            assertThat(answers.text("household-size")).contains("5");
            assertThat(answers.text("canteen-days")).contains("monday,tuesday,friday");
            assertThat(answers.text("siblings").orElseThrow())
                    .isEqualTo(
                            "[given-name=4:Hugo;birth-date=10:2017-02-03;at-school-here=4:true;"
                                    + "school-name=18:École des Tilleuls;]"
                                    + "[given-name=4:Inès;birth-date=10:2023-11-21;"
                                    + "at-school-here=5:false;]");
        }

        @Test
        void readsAmountsExactlyWithACommaOrAPointAndTheEuroSign() {
            for (String typed :
                    List.of("\"12,50\"", "\"12.50\"", "\"12,5 €\"", "12.5", "\"12,50 EUR\"")) {
                Answer amount =
                        valid(with("family-quotient", typed)).get("family-quotient").orElseThrow();

                assertThat(amount.value()).isEqualTo(new BigDecimal("12.50"));
                assertThat(amount.text()).isEqualTo("12.50");
                assertThat(amount.display().fr()).isEqualTo("12,50\u00a0€");
                assertThat(amount.display().en()).isEqualTo("€12.50");
            }
        }

        @Test
        void groupsThousandsOfAnAmountForReading() {
            Answer amount =
                    valid(with("family-quotient", "\"1 234,5\""))
                            .get("family-quotient")
                            .orElseThrow();

            assertThat(amount.display().fr()).isEqualTo("1\u202f234,50\u00a0€");
            assertThat(amount.display().en()).isEqualTo("€1,234.50");
        }

        @Test
        void keepsEachOccurrenceOfAGroupWithItsOwnConditions() {
            Answer siblings = valid(answers()).get("siblings").orElseThrow();

            List<?> occurrences = (List<?>) siblings.value();
            NormalisedAnswers first = (NormalisedAnswers) occurrences.get(0);
            NormalisedAnswers second = (NormalisedAnswers) occurrences.get(1);
            assertThat(first.text("school-name")).contains("École des Tilleuls");
            assertThat(second.get("birth-date").orElseThrow().value())
                    .isEqualTo(LocalDate.of(2023, 11, 21));
            assertThat(second.get("school-name")).isEmpty();
        }

        @Test
        void describesAttachmentsWithoutTheirContent() {
            Answer proof = valid(answers()).get("proof-of-address").orElseThrow();

            assertThat(proof.value())
                    .isEqualTo(
                            List.of(
                                    new AttachmentAnswer(
                                            "facture-electricite.pdf", "application/pdf", 183204)));
            assertThat(proof.value().toString()).doesNotContain("facture");
        }

        @Test
        void dropsTheAnswersOfAHiddenField() {
            NormalisedAnswers answers = valid(with("canteen", "false"));

            assertThat(answers.get("canteen-days")).isEmpty();
            assertThat(answers.get("allergies")).isEmpty();
        }
    }

    /** Returns the valid answers with several answers replaced by JSON values. */
    static String with(java.util.Map<String, String> answers) {
        ObjectNode root = (ObjectNode) MAPPER.readTree(answers());
        answers.forEach((field, json) -> root.set(field, MAPPER.readTree(json)));
        return MAPPER.writeValueAsString(root);
    }

    /** Two fields checked by the same rule say which of them is wrong. */
    @Nested
    class RuleMessagesNameTheField {
        @Test
        void namesEachNameFieldRefused() {
            String json =
                    with(
                            java.util.Map.of(
                                    "child-family-name", "\"Durand3\"",
                                    "child-given-names", "\"Léa 2\"",
                                    "parent2-given-names", "\"-Dominique\""));

            assertThat(worded(json))
                    .containsExactly(
                            tuple(
                                    "child-family-name",
                                    "person-name.wrong-characters",
                                    "Pour le nom de famille de l'enfant, utilisez seulement des"
                                            + " lettres, des espaces, des tirets et des"
                                            + " apostrophes",
                                    "For the child's surname, use only letters, spaces, hyphens"
                                            + " and apostrophes"),
                            tuple(
                                    "child-given-names",
                                    "person-name.wrong-characters",
                                    "Pour les prénoms de l'enfant, utilisez seulement des lettres,"
                                            + " des espaces, des tirets et des apostrophes",
                                    "For the child's given names, use only letters, spaces,"
                                            + " hyphens and apostrophes"),
                            tuple(
                                    "parent2-given-names",
                                    "person-name.wrong-format",
                                    "Pour les prénoms du second parent, commencez et finissez par"
                                            + " une lettre : retirez les signes placés au début ou"
                                            + " à la fin",
                                    "For the second parent's given names, start and end with a"
                                            + " letter: remove the signs at the start or the"
                                            + " end"));
        }

        @Test
        void namesEachParentsEmailAndPhone() {
            // The second parent's fields have no name in the form: they are named by their label.
            String json =
                    with(
                            java.util.Map.of(
                                    "parent1-email", "\"camille durand@exemple.fr\"",
                                    "parent1-phone", "\"06 85 12 34\"",
                                    "parent2-email", "\"d.exemple@exemple\"",
                                    "parent2-phone", "\"06 90 12 34 56 78\""));

            assertThat(worded(json))
                    .containsExactly(
                            tuple(
                                    "parent1-email",
                                    "email.wrong-characters",
                                    "Pour votre adresse e-mail, écrivez sans espace, et avant le @"
                                            + " seulement des lettres sans accent, des chiffres,"
                                            + " des points ou des tirets, par exemple"
                                            + " prenom.nom@exemple.fr",
                                    "For your email address, write no spaces, and before the @"
                                            + " only letters without accents, digits, dots or"
                                            + " hyphens, for example first.last@example.com"),
                            tuple(
                                    "parent1-phone",
                                    "phone.too-short",
                                    "Pour votre numéro de téléphone, il manque des chiffres : un"
                                            + " numéro français en compte 10, par exemple 06 12 34"
                                            + " 56 78",
                                    "For your phone number, some digits are missing: a French"
                                            + " number has 10, for example 06 12 34 56 78"),
                            tuple(
                                    "parent2-email",
                                    "email.wrong-format",
                                    "Saisissez « Adresse e-mail du second parent » en entier, avec"
                                            + " un @ et un nom de domaine, par exemple"
                                            + " nom@exemple.fr",
                                    "Enter \u201cSecond parent's email address\u201d in full,"
                                            + " with an @ and a domain name, for example"
                                            + " name@example.com"),
                            tuple(
                                    "parent2-phone",
                                    "phone.too-long",
                                    "Pour « Téléphone du second parent », il y a des chiffres en"
                                            + " trop : un numéro français en compte 10, par"
                                            + " exemple 06 12 34 56 78",
                                    "For \u201cSecond parent's phone number\u201d, there are too"
                                            + " many digits: a French number has 10, for example"
                                            + " 06 12 34 56 78"));
        }

        @Test
        void acceptsAStreetEndingWithAnInvisibleDirectionMark() {
            // Copied from a right-to-left page: U+200F cannot be seen, so it is removed.
            String json =
                    with(
                            "address",
                            "{\"number\": \"12 bis\", \"street\": \"rue de l’Église\u200F\","
                                    + " \"postalCode\": \"45000\", \"commune\": \"45234\"}");

            assertThat(valid(json).text("address").orElseThrow()).contains("rue de l'Église");
        }

        @Test
        void namesTheAddressAndItsPartWhenAPartIsRefused() {
            // A bidirectional override can disguise text (Unicode Standard Annex 9,
            // CVE-2021-42574): it is refused, unlike the direction marks.
            String street =
                    with(
                            "address",
                            "{\"street\": \"rue de l’\u202EÉglise\", \"postalCode\":"
                                    + " \"45000\", \"commune\": \"45234\"}");
            String complement =
                    with(
                            "address",
                            "{\"street\": \"rue de l’Église\", \"complement\": \"Bâtiment B ★\","
                                    + " \"postalCode\": \"45000\", \"commune\": \"45234\"}");
            String postalCode =
                    with(
                            "address",
                            "{\"street\": \"rue de l’Église\", \"postalCode\": \"00450\","
                                    + " \"commune\": \"45234\"}");

            assertThat(worded(street))
                    .containsExactly(
                            tuple(
                                    "address.street",
                                    "street.wrong-characters",
                                    "Pour l'adresse de la famille, le nom de la voie ne peut"
                                            + " contenir que des lettres, des chiffres, des espaces"
                                            + " et les signes ’ - , . / °",
                                    "For the family address, the street name can contain only"
                                            + " letters, digits, spaces and the signs ’ - , . /"
                                            + " °"));
            assertThat(worded(complement))
                    .containsExactly(
                            tuple(
                                    "address.complement",
                                    "address-complement.wrong-characters",
                                    "Pour l'adresse de la famille, le complément d'adresse ne peut"
                                            + " contenir que des lettres, des chiffres, des espaces"
                                            + " et les signes ’ - , . / °",
                                    "For the family address, the address complement can contain"
                                            + " only letters, digits, spaces and the signs ’ - , ."
                                            + " / °"));
            // La Poste gives codes beginning 00 to the armed forces (« 00850 ARMÉES »): the rule
            // takes the form, and the geography finds no commune of that code.
            assertThat(worded(postalCode))
                    .containsExactly(
                            tuple(
                                    "address.postalCode",
                                    "address.postal-code-mismatch",
                                    "Pour l'adresse de la famille, le code postal ne correspond pas"
                                            + " à la commune choisie : vérifiez l'un ou l'autre",
                                    "The postal code of the family address does not match the"
                                            + " commune chosen: check one or the other"));
        }
    }

    @Nested
    class Messages {
        @Test
        void namesTheOccurrenceAndFieldOfAGroup() {
            String json =
                    with(
                            "siblings",
                            "[{\"given-name\": \"Hugo\", \"birth-date\": \"31/02/2017\"},"
                                    + " {\"birth-date\": \"01/01/2020\", \"at-school-here\":"
                                    + " true}]");

            assertThat(violations(json))
                    .extracting(Violation::path, Violation::code, v -> v.message().fr())
                    .containsExactly(
                            tuple(
                                    "siblings[0].birth-date",
                                    "date.not-a-real-date",
                                    "Vérifiez la date de naissance : cette date n'existe pas."
                                            + " Saisissez une date réelle, par exemple"
                                            + " 14/07/2015"),
                            tuple("siblings[1].given-name", "required", "Saisissez le prénom"),
                            tuple("siblings[1].school-name", "required", "Saisissez l'école"));
        }

        @Test
        void saysHowManyOccurrencesAGroupTakes() {
            String seven =
                    "["
                            + String.join(
                                    ", ",
                                    java.util.Collections.nCopies(
                                            7,
                                            "{\"given-name\": \"Hugo\", \"birth-date\": \"03/02/2017\"}"))
                            + "]";

            assertThat(violations(with("siblings", seven)))
                    .extracting(Violation::path, v -> v.message().fr(), v -> v.message().en())
                    .containsExactly(
                            tuple(
                                    "siblings",
                                    "Pour les frères et sœurs, remplissez au plus 6 fiches ;"
                                            + " retirez celles en trop",
                                    "For the brothers and sisters, fill in 6 entries or fewer;"
                                            + " remove the others"));
        }

        @Test
        void tellsAWholeNumberFromAWrongFormatAndOutOfRange() {
            assertThat(violations(with("household-size", "\"2,5\"")))
                    .extracting(v -> v.message().fr(), v -> v.message().en())
                    .containsExactly(
                            tuple(
                                    "Saisissez le nombre de personnes au foyer en nombre entier,"
                                            + " sans virgule, par exemple 3",
                                    "Enter the number of people in the household as a whole"
                                            + " number, for example 3"));
            assertThat(violations(with("household-size", "\"cinq\"")))
                    .extracting(v -> v.message().fr())
                    .containsExactly(
                            "Saisissez le nombre de personnes au foyer en chiffres, par exemple 3");
            assertThat(violations(with("household-size", "21")))
                    .extracting(Violation::code, v -> v.message().fr(), v -> v.message().en())
                    .containsExactly(
                            tuple(
                                    "number.too-large",
                                    "Vérifiez le nombre de personnes au foyer : le nombre maximum"
                                            + " est 20",
                                    "The number of people in the household must be 20 or less"));
            assertThat(violations(with("household-size", "0")))
                    .extracting(v -> v.message().fr())
                    .containsExactly(
                            "Vérifiez le nombre de personnes au foyer : le nombre minimum est 1");
        }

        @Test
        void refusesAnAmountWithMoreThanTwoDecimalsOrAboveItsMaximum() {
            assertThat(violations(with("family-quotient", "\"12,505\"")))
                    .extracting(Violation::code, v -> v.message().fr(), v -> v.message().en())
                    .containsExactly(
                            tuple(
                                    "amount.wrong-format",
                                    "Saisissez le quotient familial en euros, avec 2 chiffres au"
                                            + " plus après la virgule, par exemple 12,50 €",
                                    "Enter the family quotient in euros, with 2 digits or fewer"
                                            + " after the decimal point, for example €12.50"));
            assertThat(violations(with("family-quotient", "\"10000,01\"")))
                    .extracting(v -> v.message().fr(), v -> v.message().en())
                    .containsExactly(
                            tuple(
                                    "Vérifiez le quotient familial : le montant maximum est"
                                            + " 10\u202f000,00\u00a0€",
                                    "The family quotient must be €10,000.00 or less"));
        }

        @Test
        void countsTheOptionsTicked() {
            assertThat(violations(with("canteen-days", "[]")))
                    .extracting(v -> v.message().fr(), v -> v.message().en())
                    .containsExactly(
                            tuple(
                                    "Cochez au moins une réponse pour les jours de cantine",
                                    "Tick at least one answer for the canteen days"));
            assertThat(violations(with("canteen-days", "[\"monday\", \"sunday\"]")))
                    .extracting(Violation::code)
                    .containsExactly("choice.unknown");
        }

        @Test
        @org.junit.jupiter.api.Timeout(5)
        void refusesManyDistinctCodesQuickly() {
            // A hostile list of 60 000 codes, all different: one unknown code is enough to refuse
            // it, and the search stays short.
            StringBuilder codes = new StringBuilder("[\"monday\"");
            for (int i = 0; i < 60_000; i++) {
                codes.append(", \"d").append(i).append('"');
            }
            codes.append(']');
            assertThat(violations(with("canteen-days", codes.toString())))
                    .extracting(Violation::code)
                    .containsExactly("choice.unknown");
            assertThat(
                            valid(with("canteen-days", "\"monday,,monday , tuesday\""))
                                    .get("canteen-days")
                                    .orElseThrow()
                                    .value())
                    .isEqualTo(List.of("monday", "tuesday"));
        }

        @Test
        void checksTheTypeSizeAndNumberOfAttachments() {
            String exe =
                    "[{\"name\": \"a.exe\", \"mediaType\": \"application/x-msdownload\", \"size\": 10}]";
            String big =
                    "[{\"name\": \"a.pdf\", \"mediaType\": \"application/pdf\", \"size\": 5242881}]";
            String three =
                    "["
                            + String.join(
                                    ", ",
                                    java.util.Collections.nCopies(
                                            3,
                                            "{\"name\": \"a.pdf\", \"mediaType\": \"application/pdf\", \"size\": 1}"))
                            + "]";

            assertThat(violations(with("proof-of-address", exe)))
                    .extracting(v -> v.message().fr(), v -> v.message().en())
                    .containsExactly(
                            tuple(
                                    "Pour le justificatif de domicile, envoyez un fichier de l'un"
                                            + " de ces types : JPEG, PDF, PNG",
                                    "The proof of address must be a file of one of these types:"
                                            + " JPEG, PDF, PNG"));
            assertThat(violations(with("proof-of-address", big)))
                    .extracting(v -> v.message().fr(), v -> v.message().en())
                    .containsExactly(
                            tuple(
                                    "Le justificatif de domicile : chaque fichier doit peser"
                                            + " 5\u00a0Mo au plus ; réduisez-le ou prenez une photo"
                                            + " moins lourde",
                                    "The proof of address: each file must be 5 MB or smaller;"
                                            + " reduce it or take a lighter photo"));
            assertThat(violations(with("proof-of-address", three)))
                    .extracting(v -> v.message().fr())
                    .containsExactly("Joignez au plus 2 fichiers pour le justificatif de domicile");
        }

        @Test
        void asksForAMissingAttachment() {
            assertThat(violations(with("proof-of-address", "[]")))
                    .extracting(v -> v.message().fr(), v -> v.message().en())
                    .containsExactly(
                            tuple(
                                    "Joignez le justificatif de domicile",
                                    "Attach the proof of address"));
        }

        @Test
        void asksForYesOrNoNamingTheQuestion() {
            assertThat(violations(with("has-second-parent", "\"peut-être\"")))
                    .extracting(Violation::code, v -> v.message().fr(), v -> v.message().en())
                    .containsExactly(
                            tuple(
                                    "yes-no.unknown",
                                    "Pour la question sur un second parent, répondez oui ou non",
                                    "For the question about a second parent, answer yes or no"));
        }

        @Test
        void mapsTheRuleOfAnIdentifierToItsMessage() {
            assertThat(violations(with("fiscal-number", "\"12345\"")))
                    .extracting(Violation::path, Violation::code, v -> v.message().fr())
                    .containsExactly(
                            tuple(
                                    "fiscal-number",
                                    "fiscal-number.too-short",
                                    "Il manque des chiffres : le numéro fiscal en compte 13, par"
                                            + " exemple 21 03 456 789 406"));
        }
    }

    @Nested
    class EligibilityExit {
        @Test
        void endsTheFormWithTheDefinitionsExplanation() {
            ValidationResult result = validate(with("lives-in-commune", "false"));

            assertThat(result).isInstanceOf(ValidationResult.Ineligible.class);
            assertThat(result.isValid()).isFalse();
            assertThat(((ValidationResult.Ineligible) result).message().fr())
                    .startsWith("L'inscription en ligne est réservée aux familles");
            assertThat(((ValidationResult.Ineligible) result).path()).isEqualTo("lives-in-commune");
            assertThat(((ValidationResult.Ineligible) result).occurrence()).isNull();
        }

        @Test
        void endsTheStepToo() {
            ValidationResult result =
                    VALIDATOR.validateStep(
                            "eligibility",
                            AnswersJson.read(
                                    "answers.json", "{\"lives-in-commune\": \"non\"}", FORM));

            assertThat(result).isInstanceOf(ValidationResult.Ineligible.class);
        }

        @Test
        void letsAnEligibleResidentGoOn() {
            ValidationResult result =
                    VALIDATOR.validateStep(
                            "eligibility",
                            AnswersJson.read(
                                    "answers.json", "{\"lives-in-commune\": \"oui\"}", FORM));

            assertThat(result).isInstanceOf(ValidationResult.Valid.class);
        }
    }

    @Nested
    class CheckYourAnswers {
        @Test
        void listsEachAnswerInReadingOrderWithItsStep() {
            Summary summary = Summary.of(FORM, valid(answers()));

            assertThat(summary.lines())
                    .extracting(
                            Summary.Line::stepId,
                            Summary.Line::path,
                            l -> l.label().fr(),
                            l -> l.value().fr())
                    .startsWith(
                            tuple(
                                    "eligibility",
                                    "lives-in-commune",
                                    "Habitez-vous la commune ?",
                                    "Oui"),
                            tuple(
                                    "child",
                                    "child-family-name",
                                    "Nom de famille de l'enfant",
                                    "Exemple-Durand"),
                            tuple("child", "child-given-names", "Prénoms de l'enfant", "Léa Marie"),
                            tuple(
                                    "child",
                                    "child-birth-date",
                                    "Date de naissance de l'enfant",
                                    "14/07/2021"),
                            tuple(
                                    "child",
                                    "school-level",
                                    "Classe à la rentrée",
                                    "Moyenne section"));
            assertThat(summary.lines())
                    .extracting(Summary.Line::path, l -> l.label().fr(), l -> l.value().fr())
                    .contains(
                            tuple(
                                    "siblings[0].given-name",
                                    "Frère ou sœur 1\u00a0: Prénom",
                                    "Hugo"),
                            tuple(
                                    "siblings[1].birth-date",
                                    "Frère ou sœur 2\u00a0: Date de naissance",
                                    "21/11/2023"),
                            tuple("family-quotient", "Quotient familial", "612,50\u00a0€"),
                            tuple("canteen-days", "Jours de cantine", "Lundi, Mardi, Vendredi"));
            assertThat(summary.lines())
                    .extracting(Summary.Line::path, l -> l.label().en(), l -> l.value().en())
                    .contains(
                            tuple("canteen", "Will the child eat at the canteen?", "Yes"),
                            tuple(
                                    "siblings[0].given-name",
                                    "Brother or sister 1: Given name",
                                    "Hugo"),
                            tuple("family-quotient", "Family quotient", "€612.50"));
            assertThat(summary.toString()).doesNotContain("Hugo");
        }
    }
}
