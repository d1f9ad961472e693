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
                    // Case F04: the three spellings of one French mobile mask alike.
                    "contact.phone   | 0685123456                      | +33 6** ** ** 56",
                    "contact.phone   | 06 85 12 34 56                  | +33 6** ** ** 56",
                    "contact.phone   | +33 6 85 12 34 56               | +33 6** ** ** 56",
                    "contact.phone   | +44 20 7946 0958                | ***58",
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
