package io.portail.forms.validation;

import static org.assertj.core.api.Assertions.assertThat;

import io.portail.forms.constraints.Problem;
import io.portail.forms.constraints.RuleMessages;
import io.portail.forms.definition.Field;
import io.portail.forms.definition.FieldType;
import io.portail.privacy.category.DataCategory;
import io.portail.privacy.text.LocalizedText;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Locale;
import java.util.Map;
import java.util.Properties;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The form bundles, and the rules' messages they word with the field's name, word for word. */
class FormMessagesTests {
    static Properties bundle(String name) {
        try (InputStream in = FormMessages.class.getResourceAsStream(name)) {
            Properties properties = new Properties();
            properties.load(new InputStreamReader(in, StandardCharsets.UTF_8));
            return properties;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static final Properties FRENCH = bundle("Messages.properties");
    static final Properties ENGLISH = bundle("Messages_en.properties");

    static Field named(String fr, String en) {
        return Field.builder(
                        "f",
                        new FieldType.ShortText(100),
                        LocalizedText.same("F"),
                        DataCategory.FAMILY)
                .name(new LocalizedText(fr, en))
                .build();
    }

    /** Names of each kind: plural, feminine, with an elided article. */
    static final Map<String, Field> FIELDS =
            Map.of(
                    "names",
                    named("les prénoms de l'enfant", "the child's given names"),
                    "email",
                    named("l'adresse e-mail du second parent", "the second parent's email address"),
                    "phone",
                    named("votre numéro de téléphone", "your phone number"),
                    "address",
                    named("l'adresse de la famille", "the family address"));

    @Nested
    class Bundles {
        @Test
        void bothLanguagesHaveTheSameKeys() {
            assertThat(ENGLISH.stringPropertyNames())
                    .containsExactlyInAnyOrderElementsOf(FRENCH.stringPropertyNames());
        }

        @Test
        void eachRuleWordedForFormsIsARuleProblemWithItsOwnMessageAndNamesTheField() {
            Set<String> problems =
                    Arrays.stream(Problem.values()).map(Problem::code).collect(Collectors.toSet());
            for (String key : FRENCH.stringPropertyNames()) {
                if (!key.startsWith("rule.")) {
                    continue;
                }
                String ruleAndProblem = key.substring("rule.".length());
                int dot = ruleAndProblem.indexOf('.');
                String rule = ruleAndProblem.substring(0, dot);
                String problem = ruleAndProblem.substring(dot + 1);

                assertThat(problems).as(key).contains(problem);
                Problem found = Problem.valueOf(problem.toUpperCase(Locale.ROOT).replace('-', '_'));
                assertThat(RuleMessages.hasOwnMessage(rule, found)).as(key).isTrue();
                for (String message :
                        new String[] {FRENCH.getProperty(key), ENGLISH.getProperty(key)}) {
                    assertThat(message)
                            .as(key)
                            .contains("{name}")
                            .doesNotContain("!", "invalide", "invalid")
                            .doesNotEndWith(".");
                }
            }
        }
    }

    @Nested
    class RulesWordedForForms {
        @ParameterizedTest(name = "{0}.{1}")
        @CsvSource(
                delimiter = '|',
                quoteCharacter = '"',
                textBlock =
                        """
                person-name | WRONG_CHARACTERS | names | Pour les prénoms de l'enfant, utilisez seulement des lettres, des espaces, des tirets et des apostrophes | For the child's given names, use only letters, spaces, hyphens and apostrophes
                person-name | TOO_LONG | names | Vérifiez les prénoms de l'enfant : la réponse est trop longue ; recopiez ce qui figure sur la pièce d'identité | Check the child's given names: the answer is too long; copy what is written on the identity document
                person-name | WRONG_FORMAT | names | Pour les prénoms de l'enfant, commencez et finissez par une lettre : retirez les signes placés au début ou à la fin | For the child's given names, start and end with a letter: remove the signs at the start or the end
                email | WRONG_CHARACTERS | email | Pour l'adresse e-mail du second parent, écrivez sans espace, et avant le @ seulement des lettres sans accent, des chiffres, des points ou des tirets, par exemple prenom.nom@exemple.fr | For the second parent's email address, write no spaces, and before the @ only letters without accents, digits, dots or hyphens, for example first.last@example.com
                email | TOO_LONG | email | Vérifiez l'adresse e-mail du second parent : une adresse e-mail compte au plus 254 caractères, dont 64 avant le @ | Check the second parent's email address: an email address has at most 254 characters, 64 of them before the @
                email | WRONG_FORMAT | email | Saisissez l'adresse e-mail du second parent en entier, avec un @ et un nom de domaine, par exemple nom@exemple.fr | Enter the second parent's email address in full, with an @ and a domain name, for example name@example.com
                phone | WRONG_CHARACTERS | phone | Pour votre numéro de téléphone, utilisez seulement des chiffres, et le signe + devant un indicatif, par exemple 06 12 34 56 78 ou +33 6 12 34 56 78 | For your phone number, use only digits, and the + sign before a country code, for example 06 12 34 56 78 or +33 6 12 34 56 78
                phone | TOO_SHORT | phone | Pour votre numéro de téléphone, il manque des chiffres : un numéro français en compte 10, par exemple 06 12 34 56 78 | For your phone number, some digits are missing: a French number has 10, for example 06 12 34 56 78
                phone | TOO_LONG | phone | Pour votre numéro de téléphone, il y a des chiffres en trop : un numéro français en compte 10, par exemple 06 12 34 56 78 | For your phone number, there are too many digits: a French number has 10, for example 06 12 34 56 78
                phone | WRONG_FORMAT | phone | Pour votre numéro de téléphone, ce numéro ne peut pas exister : vérifiez chaque chiffre, par exemple 06 12 34 56 78 | For your phone number, this number cannot exist: check each digit, for example 06 12 34 56 78
                phone | FOREIGN | phone | Pour votre numéro de téléphone, saisissez un numéro français, de métropole ou d'outre-mer, par exemple 06 12 34 56 78 | For your phone number, enter a French number, from mainland France or overseas, for example 06 12 34 56 78
                street | WRONG_CHARACTERS | address | Pour l'adresse de la famille, le nom de la voie ne peut contenir que des lettres, des chiffres, des espaces et les signes ’ - , . / ° | For the family address, the street name can contain only letters, digits, spaces and the signs ’ - , . / °
                street | TOO_LONG | address | Pour l'adresse de la famille, le nom de la voie est trop long : placez le bâtiment, l'étage ou le lieu-dit dans le complément d'adresse | For the family address, the street name is too long; put the building, floor or locality in the address complement
                address-complement | WRONG_CHARACTERS | address | Pour l'adresse de la famille, le complément d'adresse ne peut contenir que des lettres, des chiffres, des espaces et les signes ’ - , . / ° | For the family address, the address complement can contain only letters, digits, spaces and the signs ’ - , . / °
                address-complement | TOO_LONG | address | Pour l'adresse de la famille, le complément d'adresse est trop long : gardez l'essentiel, par exemple Bâtiment B, 3e étage | For the family address, the address complement is too long; keep what matters, for example Building B, 3rd floor
                street-number | WRONG_FORMAT | address | Pour l'adresse de la famille, écrivez le numéro dans la voie en chiffres, suivi s'il y a lieu de bis, ter ou d'une lettre, par exemple 12 bis | For the family address, write the street number in digits, followed if needed by bis, ter or a letter, for example 12 bis
                street-number | TOO_LONG | address | Pour l'adresse de la famille, le numéro dans la voie est trop long : 4 chiffres au plus, suivis s'il y a lieu de bis, ter ou d'une lettre | For the family address, the street number is too long: 4 digits at most, followed if needed by bis, ter or a letter
                """)
        void namesTheField(String rule, Problem problem, String field, String fr, String en) {
            assertThat(FormMessages.ofRule(rule, problem, FIELDS.get(field)))
                    .isEqualTo(new LocalizedText(fr, en));
        }

        @Test
        void everyRuleWordedForFormsIsPinnedAbove() {
            assertThat(FRENCH.stringPropertyNames().stream().filter(k -> k.startsWith("rule.")))
                    .hasSize(17);
        }

        @ParameterizedTest(name = "{0}.{1}")
        @CsvSource({
            "nir, WRONG_KEY",
            "siren, WRONG_KEY",
            "siret, TOO_SHORT",
            "iban, WRONG_KEY",
            "person-name, MISSING",
            "postal-code, MISMATCH"
        })
        void identifiersAndOtherProblemsKeepTheRulesOwnMessage(String rule, Problem problem) {
            assertThat(FormMessages.ofRule(rule, problem, FIELDS.get("names"))).isNull();
        }
    }
}
