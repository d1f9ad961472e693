package io.portail.forms.constraints.fr;

import static org.assertj.core.api.Assertions.assertThat;

import io.portail.forms.constraints.Problem;
import io.portail.forms.constraints.RuleMessages;
import io.portail.forms.constraints.RuleResult;
import io.portail.forms.constraints.TextRule;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** RNA, postal code, INSEE code, ANTS pré-demande, numéro fiscal and street number. */
class FrenchIdentifierRulesTests {
    private static void assertRefused(TextRule rule, String typed, Problem problem) {
        assertThat(rule.check(typed)).isEqualTo(RuleResult.invalid(problem));
        assertThat(RuleMessages.hasOwnMessage(rule.code(), problem))
                .as("own message for %s.%s", rule.code(), problem.code())
                .isTrue();
    }

    @Nested
    class Rna {
        // arrêté du 14 octobre 2009: W and 9 characters; Corsican and overseas registries use a
        // letter
        @ParameterizedTest(name = "{0}")
        @CsvSource({
            "W751234567, W751234567",
            "w 751 234 567, W751234567",
            "W2A1000123, W2A1000123"
        })
        void accepts(String typed, String stored) {
            assertThat(RnaRule.INSTANCE.check(typed)).isEqualTo(RuleResult.valid(stored));
        }

        @ParameterizedTest(name = "{0} -> {1}")
        @CsvSource({
            "'', MISSING",
            "W75123456é, WRONG_CHARACTERS",
            "W75123456, TOO_SHORT",
            "W7512345678, TOO_LONG",
            "0751234567, WRONG_FORMAT",
            "WA51234567, WRONG_FORMAT",
            "W75123456A, WRONG_FORMAT",
        })
        void refuses(String typed, Problem problem) {
            assertRefused(RnaRule.INSTANCE, typed, problem);
        }
    }

    @Nested
    class PostalCode {
        @ParameterizedTest(name = "{0}")
        @CsvSource({
            "01400, 01400",
            "' 75 001 ', 75001",
            "97133, 97133",
            "20000, 20000",
            "98000, 98000",
            // La Poste: the armed forces' postal sectors, « 00850 ARMÉES », belong to no commune
            "00850, 00850"
        })
        void acceptsFiveDigitsKeptAsText(String typed, String stored) {
            assertThat(PostalCodeRule.INSTANCE.check(typed)).isEqualTo(RuleResult.valid(stored));
        }

        @ParameterizedTest(name = "{0} -> {1}")
        @CsvSource({
            "'', MISSING",
            "0140A, WRONG_CHARACTERS",
            "1400, TOO_SHORT",
            "014000, TOO_LONG"
        })
        void refuses(String typed, Problem problem) {
            assertRefused(PostalCodeRule.INSTANCE, typed, problem);
        }
    }

    @Nested
    class InseeCode {
        // Code officiel géographique (INSEE), 2026 edition
        @ParameterizedTest(name = "{0}")
        @CsvSource({
            "75056, 75056",
            "75101, 75101",
            "75120, 75120",
            "69381, 69381",
            "69389, 69389",
            "13201, 13201",
            "13216, 13216",
            "2a004, 2A004",
            "2B033, 2B033",
            "97105, 97105",
            "97611, 97611",
            "97701, 97701",
            "98818, 98818",
        })
        void acceptsExistingCodes(String typed, String stored) {
            assertThat(InseeCodeRule.INSTANCE.check(typed)).isEqualTo(RuleResult.valid(stored));
        }

        @ParameterizedTest(name = "{0} -> {1}")
        @CsvSource({
            "'', MISSING",
            "7505X, WRONG_CHARACTERS",
            "7505, TOO_SHORT",
            "750560, TOO_LONG",
            "20004, WRONG_FORMAT",
            "00001, WRONG_FORMAT",
            "96001, WRONG_FORMAT",
            "2C004, WRONG_CHARACTERS",
            "2A0B4, WRONG_FORMAT",
            "75121, UNKNOWN",
            "69390, UNKNOWN",
            "13217, UNKNOWN",
        })
        void refuses(String typed, Problem problem) {
            assertRefused(InseeCodeRule.INSTANCE, typed, problem);
        }

        @ParameterizedTest(name = "{0}")
        @CsvSource({"75121", "01999"})
        void formOnlyRuleDoesNotLookUpTheGeography(String code) {
            assertThat(InseeCodeRule.FORM_ONLY.check(code)).isEqualTo(RuleResult.valid(code));
        }
    }

    @Nested
    class AntsPreDemande {
        // ANTS appointment interconnection: 10 alphanumeric characters
        @ParameterizedTest(name = "{0}")
        @CsvSource({
            "1A2B3C4D5E, 1A2B3C4D5E",
            "1a2b-3c4d-5e, 1A2B3C4D5E",
            "'12345 67890', 1234567890"
        })
        void accepts(String typed, String stored) {
            assertThat(AntsPreDemandeRule.INSTANCE.check(typed))
                    .isEqualTo(RuleResult.valid(stored));
        }

        @ParameterizedTest(name = "{0} -> {1}")
        @CsvSource({
            "'', MISSING",
            "1A2B3C4D5É, WRONG_CHARACTERS",
            "1A2B3C4D5, TOO_SHORT",
            "1A2B3C4D5E6, TOO_LONG"
        })
        void refuses(String typed, Problem problem) {
            assertRefused(AntsPreDemandeRule.INSTANCE, typed, problem);
        }
    }

    @Nested
    class FiscalNumber {
        // EU TIN sheet for France: 13 digits, first 0-3; key = first 10 digits mod 511
        @ParameterizedTest(name = "{0}")
        @CsvSource({"'21 03 456 789 406', 2103456789406", "3023217600053, 3023217600053"})
        void accepts(String typed, String stored) {
            assertThat(FiscalNumberRule.INSTANCE.check(typed)).isEqualTo(RuleResult.valid(stored));
        }

        @ParameterizedTest(name = "{0} -> {1}")
        @CsvSource({
            "'', MISSING",
            "210345678940A, WRONG_CHARACTERS",
            "210345678940, TOO_SHORT",
            "21034567894060, TOO_LONG",
            "4103456789406, WRONG_FORMAT",
            "2103456789407, WRONG_KEY",
            "2103456798406, WRONG_KEY",
        })
        void refuses(String typed, Problem problem) {
            assertRefused(FiscalNumberRule.INSTANCE, typed, problem);
        }
    }

    @Nested
    class StreetNumber {
        @ParameterizedTest(name = "{0}")
        @CsvSource({
            "12, 12",
            "12bis, 12 bis",
            "'12 BIS', 12 bis",
            "3 b, 3 B",
            "7ter, 7 ter",
            "1234, 1234"
        })
        void accepts(String typed, String stored) {
            assertThat(StreetNumberRule.INSTANCE.check(typed)).isEqualTo(RuleResult.valid(stored));
        }

        @ParameterizedTest(name = "{0} -> {1}")
        @CsvSource({
            "bis, WRONG_FORMAT",
            "12 bus, WRONG_FORMAT",
            "12345, TOO_LONG",
            "12-14, WRONG_FORMAT"
        })
        void refuses(String typed, Problem problem) {
            assertRefused(StreetNumberRule.INSTANCE, typed, problem);
        }
    }
}
