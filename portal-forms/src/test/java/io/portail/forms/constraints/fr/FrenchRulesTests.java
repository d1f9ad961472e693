package io.portail.forms.constraints.fr;

import static org.assertj.core.api.Assertions.assertThat;

import io.portail.forms.constraints.TextRule;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

class FrenchRulesTests {
    @Nested
    class ByCode {
        @Test
        void findsEachRuleByItsOwnCode() {
            for (TextRule rule : FrenchRules.all()) {
                assertThat(FrenchRules.byCode(rule.code())).containsSame(rule);
            }
            assertThat(FrenchRules.all())
                    .extracting(TextRule::code)
                    .containsExactly(
                            "nir",
                            "siren",
                            "siret",
                            "rna",
                            "postal-code",
                            "insee-code",
                            "ants-pre-demande",
                            "fiscal-number",
                            "phone",
                            "iban",
                            "email",
                            "person-name",
                            "date",
                            "street",
                            "address-complement",
                            "street-number");
        }

        @Test
        void unknownCodeFindsNothing() {
            assertThat(FrenchRules.byCode("NIR")).isEmpty();
            assertThat(FrenchRules.byCode("passport")).isEmpty();
        }

        @Test
        void ibanIsTheFrenchOneWithTheRibKey() {
            assertThat(FrenchRules.byCode("iban")).containsSame(FrenchIbanRule.INSTANCE);
        }
    }
}
