package io.portail.privacy.register;

import static org.assertj.core.api.Assertions.assertThat;

import io.portail.privacy.SaintExemple;
import io.portail.privacy.category.DataCategory;
import java.util.List;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

class MinimisationTests {
    private final ProcessingActivity canteen =
            SaintExemple.register().activity("canteen").orElseThrow();

    @Nested
    class Check {
        @Test
        void acceptsCategoriesWithinTheDeclaredOnes() {
            // GDPR art. 5(1)(c): identity.name lies within the declared identity.
            var undeclared =
                    Minimisation.check(
                            canteen,
                            List.of(
                                    DataCategory.NAME,
                                    DataCategory.EMAIL,
                                    DataCategory.ALLERGIES,
                                    DataCategory.QUOTIENT_FAMILIAL));

            assertThat(undeclared).isEmpty();
        }

        @Test
        void returnsEveryUndeclaredCategoryOnceInOrder() {
            var undeclared =
                    Minimisation.check(
                            canteen,
                            List.of(
                                    DataCategory.NIR,
                                    DataCategory.NAME,
                                    DataCategory.IBAN,
                                    DataCategory.NIR,
                                    DataCategory.INCOME));

            assertThat(undeclared)
                    .containsExactly(DataCategory.NIR, DataCategory.IBAN, DataCategory.INCOME);
        }

        @Test
        void aBroaderCategoryThanTheDeclaredOneIsUndeclared() {
            // Declaring financial.quotient-familial does not cover all financial data.
            assertThat(Minimisation.check(canteen, List.of(DataCategory.FINANCIAL)))
                    .containsExactly(DataCategory.FINANCIAL);
        }
    }
}
