package io.portail.forms.constraints.fr;

import static org.assertj.core.api.Assertions.assertThat;

import io.portail.forms.constraints.Luhn;
import io.portail.forms.constraints.Problem;
import io.portail.forms.constraints.RuleResult;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** SIRET: SIREN + NIC, Luhn over 14 digits (INSEE), La Poste exception (F01). */
class SiretRuleTests {
    private final SiretRule rule = SiretRule.INSTANCE;

    @Nested
    class LaPoste {
        @ParameterizedTest(name = "{0} valid: {1}")
        @CsvSource({
            // F01: establishment of La Poste, sum of the 14 digits (30) is a multiple of 5
            "35600000024681, true",
            // F01: head office of La Poste, passes ordinary Luhn
            "35600000000048, true",
            // F01: neither rule
            "35600000012345, false",
        })
        void laPosteEstablishmentsFollowTheSumOfDigitsRule(String siret, boolean valid) {
            assertThat(rule.check(siret).isValid()).isEqualTo(valid);
        }

        @ParameterizedTest(name = "{0}")
        @CsvSource({"35600000012345"})
        void invalidLaPosteSiretIsAWrongKey(String siret) {
            assertThat(rule.check(siret)).isEqualTo(RuleResult.invalid(Problem.WRONG_KEY));
        }

        @ParameterizedTest(name = "{0}")
        @CsvSource({"73282932000079"})
        void theSumOfDigitsRuleIsOnlyForLaPoste(String siret) {
            // sum 45, a multiple of 5, but Luhn fails and the SIREN is not La Poste's
            assertThat(rule.check(siret)).isEqualTo(RuleResult.invalid(Problem.WRONG_KEY));
        }
    }

    @Nested
    class Ordinary {
        @ParameterizedTest(name = "{0}")
        @CsvSource({
            "'732 829 320 00074', 73282932000074",
            "73282932000074, 73282932000074",
            "'732.829.320.00074', 73282932000074",
        })
        void luhnValidNumbersAreStoredWithoutSeparators(String typed, String stored) {
            assertThat(rule.check(typed)).isEqualTo(RuleResult.valid(stored));
        }

        @ParameterizedTest(name = "{0} -> {1}")
        @CsvSource({
            "'', MISSING",
            "7328293200007A, WRONG_CHARACTERS",
            "7328293200007, TOO_SHORT",
            "732829320000740, TOO_LONG",
            "73282932000075, WRONG_KEY",
            "37282932000074, WRONG_KEY",
        })
        void wrongNumbersGiveTheirProblem(String typed, Problem problem) {
            assertThat(rule.check(typed)).isEqualTo(RuleResult.invalid(problem));
        }

        @ParameterizedTest(name = "{0}")
        @CsvSource({"73282932110006", "'732 829 321 10006'"})
        void aSiretWhoseSirenFailsItsOwnKeyIsRefused(String typed) {
            // INSEE, répertoire Sirene: the SIRET is the SIREN followed by the NIC, and the SIREN
            // keeps its own Luhn key. The 14 digits here pass Luhn; 732 829 321 does not.
            assertThat(Luhn.isValid("73282932110006")).isTrue();
            assertThat(rule.check(typed)).isEqualTo(RuleResult.invalid(Problem.WRONG_KEY));
        }

        @ParameterizedTest(name = "{0}")
        @CsvSource({"00000000000000", "00000000000018", "'000 000 000 00109'"})
        void aSiretOfTheSirenZeroThatPassesLuhn(String typed) {
            // INSEE, répertoire Sirene: no company holds the SIREN 000 000 000 (SirenRule), so
            // none of its establishments exists, whatever its NIC; each of these passes Luhn.
            assertThat(rule.check(typed)).isEqualTo(RuleResult.invalid(Problem.WRONG_KEY));
        }
    }
}
