package io.portail.privacy.mask;

import static org.assertj.core.api.Assertions.assertThat;

import io.portail.privacy.category.DataCategory;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class MaskerTests {
    private final Masker masker = Masker.builtIn();

    @Nested
    class Strategies {
        @ParameterizedTest(name = "{0}: {1} -> {2}")
        @CsvSource(
                delimiter = '|',
                value = {
                    "contact.email   | jean.exemple@mairie.fr          | j***@m***.fr",
                    "contact.email   | camille@sub.example.org         | c***@s***.org",
                    "contact.email   | not-an-email                    | ***",
                    // Case F04: a French mobile keeps the form it was given in, national or
                    // international; the national form names no country.
                    "contact.phone   | 0685123456                      | 06 ** ** ** 56",
                    "contact.phone   | 06 85 12 34 56                  | 06 ** ** ** 56",
                    "contact.phone   | 01.23.45.67.89                  | 01 ** ** ** 89",
                    "contact.phone   | +33 6 85 12 34 56               | +33 6** ** ** 56",
                    "contact.phone   | +33 (0)6 85 12 34 56            | +33 6** ** ** 56",
                    "contact.phone   | 0033 6 85 12 34 56              | +33 6** ** ** 56",
                    // Case F05: an overseas number in national form is not given +33 (ARCEP
                    // plan: 0690 is Guadeloupe, 0262 La Réunion).
                    "contact.phone   | 0690 12 34 56                   | 06 ** ** ** 56",
                    "contact.phone   | 0262 12 34 56                   | 02 ** ** ** 56",
                    // ITU-T E.164: an international number keeps its own country code.
                    "contact.phone   | +590 690 12 34 56               | +590 6** ** ** 56",
                    "contact.phone   | +262 692 12 34 56               | +262 6** ** ** 56",
                    "contact.phone   | +262 269 61 23 45               | +262 2** ** ** 45",
                    "contact.phone   | +44 20 7946 0958                | +44 ***58",
                    "contact.phone   | +1 514 555 0199                 | +1 ***99",
                    "contact.phone   | +269 773 12 34                  | +269 ***34",
                    "contact.phone   | 00 687 12 34 56                 | +687 ***56",
                    "contact.phone   | 33685123456                     | ***56",
                    "contact.phone   | +33 12                          | ***",
                    // Case F03: a Corsican NIR keeps its letter out of sight.
                    "nir             | 253072B07300470                 | 2 ** ** ** *** *** 70",
                    "nir             | 1 92 11 99 109 042 12           | 1 ** ** ** *** *** 12",
                    "financial.iban  | FR76 3000 6000 0112 3456 7890 189 | FR** **** **** *189",
                    // Case F06: a typographic apostrophe.
                    "identity.name   | Camille L’Exemple-Durand        | C*** L***",
                    "contact.address | 12 rue de l’Église, 45999 Saint-Exemple | *** (45999)",
                    "contact.address | Lieu-dit Les Granges            | ***",
                    "family          | Deux enfants                    | ***"
                })
        void maskEachCategory(String category, String value, String masked) {
            assertThat(masker.mask(DataCategory.of(category), value)).isEqualTo(masked);
        }

        @ParameterizedTest(name = "{0}")
        @CsvSource({
            // ARCEP national numbering plan: the 0 prefixes of the overseas departments.
            "0590 12 34 56",
            "0690 12 34 56",
            "0691 12 34 56", // Guadeloupe
            "0594 12 34 56",
            "0694 12 34 56", // French Guiana
            "0596 12 34 56",
            "0696 12 34 56",
            "0697 12 34 56", // Martinique
            "0262 12 34 56",
            "0263 12 34 56",
            "0692 12 34 56",
            "0693 12 34 56", // La Réunion
            "0269 12 34 56",
            "0639 12 34 56" // Mayotte
        })
        void neverGivesAnOverseasNationalNumberTheMetropolitanCode(String phone) {
            String masked = masker.mask(DataCategory.PHONE, phone);

            assertThat(masked).isEqualTo(phone.substring(0, 2) + " ** ** ** 56");
            assertThat(masked).doesNotContain("+");
        }

        @Test
        void aNarrowerCategoryTakesItsParentsStrategy() {
            assertThat(masker.mask(DataCategory.of("contact.email.work"), "ab.cd@ef.fr"))
                    .isEqualTo("a***@e***.fr");
        }

        @Test
        void aValueShorterThanFourCharactersIsFullyMasked() {
            assertThat(masker.mask(DataCategory.NAME, "Léa")).isEqualTo("***");
        }

        @Test
        void aResultThatWouldContainTheValueIsFullyMasked() {
            // The name strategy would give "A*** B***" for "A*** B***" itself.
            assertThat(masker.mask(DataCategory.NAME, "A*** B***")).isEqualTo("***");
        }

        @Test
        void aCommuneCanChooseAnotherStrategy() {
            Masker strict = masker.with(DataCategory.NAME, MaskStrategy.FULL);

            assertThat(strict.mask(DataCategory.NAME, "Camille Exemple")).isEqualTo("***");
        }
    }
}
