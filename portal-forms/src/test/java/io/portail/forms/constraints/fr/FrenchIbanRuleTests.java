package io.portail.forms.constraints.fr;

import static org.assertj.core.api.Assertions.assertThat;

import io.portail.forms.constraints.IbanRule;
import io.portail.forms.constraints.Problem;
import io.portail.forms.constraints.RuleResult;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * French IBAN: ISO 13616 then the CFONB RIB key, 97 - ((89 bank + 15 branch + 3 account) mod 97).
 */
class FrenchIbanRuleTests {
    private final FrenchIbanRule rule = FrenchIbanRule.INSTANCE;

    @Nested
    class RibKey {
        @ParameterizedTest(name = "{0} {1} {2} -> {3}")
        @CsvSource({
            "30001, 00794, 12345678901, 85",
            "20041, 01005, 0500013M026, 06",
        })
        void keyFollowsTheCfonbFormula(String bank, String branch, String account, int key) {
            assertThat(FrenchIbanRule.ribKey(bank, branch, account)).isEqualTo(key);
        }

        @ParameterizedTest(name = "{0} reads as {1}")
        @CsvSource({"A, 1", "I, 9", "J, 1", "R, 9", "S, 2", "Z, 9", "M, 4"})
        void lettersOfTheAccountAreReadAsCfonbDigits(String letter, String digit) {
            assertThat(FrenchIbanRule.ribKey("30001", "00794", letter + "2345678901"))
                    .isEqualTo(FrenchIbanRule.ribKey("30001", "00794", digit + "2345678901"));
        }
    }

    @Nested
    class Check {
        @Test
        void ibanWithRightRibKeyIsAccepted() {
            assertThat(rule.check("FR76 3000 1007 9412 3456 7890 185"))
                    .isEqualTo(RuleResult.valid("FR7630001007941234567890185"));
        }

        @Test
        void ibanWithRightCheckDigitsButWrongRibKeyIsRefused() {
            // ISO check digits recomputed over a BBAN whose RIB key (84) is wrong
            String bban = "30001007941234567890184";
            String iban = "FR" + String.format("%02d", 98 - IbanRule.mod97("FR00" + bban)) + bban;

            assertThat(IbanRule.INSTANCE.check(iban).isValid()).isTrue();
            assertThat(rule.check(iban)).isEqualTo(RuleResult.invalid(Problem.WRONG_KEY));
        }

        @Test
        void foreignIbanIsCheckedByIsoRulesOnly() {
            assertThat(rule.check("DE89 3704 0044 0532 0130 00").isValid()).isTrue();
        }

        @Test
        void codeIsIban() {
            assertThat(rule.code()).isEqualTo("iban");
        }
    }
}
