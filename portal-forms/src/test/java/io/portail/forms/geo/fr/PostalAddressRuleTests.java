package io.portail.forms.geo.fr;

import static org.assertj.core.api.Assertions.assertThat;

import io.portail.forms.constraints.Problem;
import java.util.Locale;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

class PostalAddressRuleTests {
    private final PostalAddressRule rule = PostalAddressRule.of();

    @Nested
    class Valid {
        @Test
        void addressIsNormalisedPartByPart() {
            // F06: typographic apostrophe in the street
            PostalAddress typed =
                    new PostalAddress(
                            "12bis", " rue de l\u2019\u00C9glise ", " ", "01400", "01001");

            AddressCheck check = rule.check(typed);

            assertThat(check.problems()).isEmpty();
            assertThat(check.isValid()).isTrue();
            PostalAddress stored = check.normalised();
            assertThat(stored.number()).isEqualTo("12 bis");
            assertThat(stored.street()).isEqualTo("rue de l'\u00C9glise");
            assertThat(stored.complement()).isNull();
            assertThat(stored.postalCode()).isEqualTo("01400");
            assertThat(stored.communeInseeCode()).isEqualTo("01001");
        }

        @Test
        void saintBarthelemyAddressUsesItsPostalCode() {
            PostalAddress typed = new PostalAddress(null, "rue de la Paix", null, "97133", "97701");

            assertThat(rule.check(typed).isValid()).isTrue();
        }
    }

    @Nested
    class Problems {
        @Test
        void unknownCommuneIsReportedOnTheCommune() {
            PostalAddress typed = new PostalAddress(null, "rue de la Paix", null, "01400", "01999");

            AddressCheck check = rule.check(typed);

            assertThat(check.problems())
                    .containsExactly(
                            new AddressProblem(AddressPart.COMMUNE, "insee-code", Problem.UNKNOWN));
            assertThat(check.problems().get(0).message(Locale.FRENCH))
                    .isEqualTo(
                            "Aucune commune ne porte ce code ; choisissez la commune dans la liste");
        }

        @Test
        void postalCodeOfAnotherCommuneIsAMismatchOnThePostalCode() {
            PostalAddress typed = new PostalAddress("3", "rue de la Paix", null, "75001", "01001");

            AddressCheck check = rule.check(typed);

            assertThat(check.problems())
                    .containsExactly(
                            new AddressProblem(
                                    AddressPart.POSTAL_CODE, "postal-code", Problem.MISMATCH));
            assertThat(check.problems().get(0).message(Locale.ENGLISH))
                    .isEqualTo(
                            "This postal code does not match the chosen town; check the postal code or"
                                    + " choose another town");
        }

        @Test
        void problemsComeInTheOrderAPersonReadsTheForm() {
            PostalAddress typed = new PostalAddress("bis", "${1+1}", "<b>", "1400", "");

            AddressCheck check = rule.check(typed);

            assertThat(check.problems())
                    .containsExactly(
                            new AddressProblem(
                                    AddressPart.NUMBER, "street-number", Problem.WRONG_FORMAT),
                            new AddressProblem(
                                    AddressPart.STREET, "street", Problem.WRONG_CHARACTERS),
                            new AddressProblem(
                                    AddressPart.COMPLEMENT,
                                    "address-complement",
                                    Problem.WRONG_CHARACTERS),
                            new AddressProblem(
                                    AddressPart.POSTAL_CODE, "postal-code", Problem.TOO_SHORT),
                            new AddressProblem(AddressPart.COMMUNE, "insee-code", Problem.MISSING));
        }

        @Test
        void toStringMasksTheAddress() {
            PostalAddress typed = new PostalAddress("3", "rue de la Paix", null, "75001", "75056");

            assertThat(typed.toString()).doesNotContain("Paix", "75001");
        }
    }
}
