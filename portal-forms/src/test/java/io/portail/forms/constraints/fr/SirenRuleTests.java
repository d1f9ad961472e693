package io.portail.forms.constraints.fr;

import static org.assertj.core.api.Assertions.assertThat;

import io.portail.forms.constraints.Problem;
import io.portail.forms.constraints.RuleResult;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** SIREN: 9 digits, Luhn check digit (INSEE, répertoire Sirene). */
class SirenRuleTests {
    private final SirenRule rule = SirenRule.INSTANCE;

    @Nested
    class Accepts {
        @ParameterizedTest(name = "{0}")
        @CsvSource({"'732 829 320', 732829320", "356000000, 356000000"})
        void luhnValidNumbers(String typed, String stored) {
            assertThat(rule.check(typed)).isEqualTo(RuleResult.valid(stored));
        }
    }

    @Nested
    class Refuses {
        @ParameterizedTest(name = "{0} -> {1}")
        @CsvSource({
            "'', MISSING",
            "73282932O, WRONG_CHARACTERS",
            "73282932, TOO_SHORT",
            "7328293200, TOO_LONG",
            "732829321, WRONG_KEY",
            "723829320, WRONG_KEY",
        })
        void wrongNumbersGiveTheirProblem(String typed, Problem problem) {
            assertThat(rule.check(typed)).isEqualTo(RuleResult.invalid(problem));
        }

        @ParameterizedTest(name = "{0}")
        @CsvSource({"000000000", "'000 000 000'"})
        void theNumberZeroThatPassesLuhnButNoCompanyHolds(String typed) {
            // INSEE, répertoire Sirene (décret 73-314): the 8 first digits are a sequence number,
            // never zero; the library's choice (SirenRule), refused with the wrong-key message.
            assertThat(rule.check(typed)).isEqualTo(RuleResult.invalid(Problem.WRONG_KEY));
        }
    }
}
