package io.portail.privacy.category;

import static org.assertj.core.api.Assertions.assertThat;

import io.portail.privacy.text.LocalizedText;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

class TaxonomyTests {
    private final Taxonomy taxonomy = Taxonomy.builtIn();

    @Nested
    class Sensitivities {
        @Test
        void healthIsASpecialCategoryDownToItsNarrowestParts() {
            // GDPR art. 9(1) and art. 4(15): an allergy is data concerning health.
            assertThat(taxonomy.sensitivityOf(DataCategory.ALLERGIES))
                    .isEqualTo(Sensitivity.SPECIAL_CATEGORY);
            assertThat(taxonomy.sensitivityOf(DataCategory.of("health.allergies.peanut")))
                    .isEqualTo(Sensitivity.SPECIAL_CATEGORY);
        }

        @Test
        void theNirHasItsOwnRegime() {
            // Décret 2019-341 (décret cadre NIR).
            assertThat(taxonomy.sensitivityOf(DataCategory.NIR)).isEqualTo(Sensitivity.NIR);
        }

        @Test
        void declaringIdentityNeverCoversTheNirOrHealth() {
            assertThat(DataCategory.NIR.isWithin(DataCategory.IDENTITY)).isFalse();
            assertThat(DataCategory.ALLERGIES.isWithin(DataCategory.IDENTITY)).isFalse();
        }

        @Test
        void anUnknownCategoryIsOrdinary() {
            assertThat(taxonomy.sensitivityOf(DataCategory.of("pets")))
                    .isEqualTo(Sensitivity.ORDINARY);
        }
    }

    @Nested
    class Labels {
        @Test
        void labelsTheBuiltInCategoriesInBothLanguages() {
            assertThat(taxonomy.label(DataCategory.IBAN))
                    .isEqualTo(
                            new LocalizedText(
                                    "coordonnées bancaires (IBAN)", "bank details (IBAN)"));
            assertThat(taxonomy.label(DataCategory.QUOTIENT_FAMILIAL).fr())
                    .isEqualTo("quotient familial");
        }

        @Test
        void aNarrowerUnknownCategoryTakesItsParentsLabel() {
            assertThat(taxonomy.label(DataCategory.of("contact.email.work")).fr())
                    .isEqualTo("adresse e-mail");
        }

        @Test
        void aCommuneCanAddACategory() {
            Taxonomy extended =
                    taxonomy.with(
                            new CategoryDefinition(
                                    DataCategory.of("pets"),
                                    new LocalizedText("animaux", "pets"),
                                    Sensitivity.ORDINARY));

            assertThat(extended.label(DataCategory.of("pets")).en()).isEqualTo("pets");
            assertThat(taxonomy.definition(DataCategory.of("pets"))).isEmpty();
        }
    }

    @Nested
    class Parents {
        @Test
        void givesTheBroaderCategory() {
            assertThat(DataCategory.IBAN.parent()).contains(DataCategory.FINANCIAL);
            assertThat(DataCategory.FINANCIAL.parent()).isEmpty();
        }
    }
}
