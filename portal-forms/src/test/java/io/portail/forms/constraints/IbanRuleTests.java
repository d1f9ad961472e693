package io.portail.forms.constraints;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** IBAN: ISO 13616-1 lengths (SWIFT registry) and ISO 7064 MOD 97-10 check digits. */
class IbanRuleTests {
    private final IbanRule rule = IbanRule.INSTANCE;

    @Nested
    class Accepts {
        @ParameterizedTest(name = "{0}")
        @CsvSource({
            "'FR76 3000 1007 9412 3456 7890 185', FR7630001007941234567890185",
            "fr76-3000-1007-9412-3456-7890-185, FR7630001007941234567890185",
            // the examples of the SWIFT IBAN registry for Germany and Belgium
            "DE89 3704 0044 0532 0130 00, DE89370400440532013000",
            "BE68 5390 0754 7034, BE68539007547034",
        })
        void validIbansAreStoredInElectronicForm(String typed, String stored) {
            assertThat(rule.check(typed)).isEqualTo(RuleResult.valid(stored));
        }
    }

    @Nested
    class Refuses {
        @ParameterizedTest(name = "{0} -> {1}")
        @CsvSource({
            "'', MISSING",
            "FR76 3000 1007 9412 3456 7890 18é, WRONG_CHARACTERS",
            "FR7, TOO_SHORT",
            "FR76 3000 1007 9412 3456 7890 18, TOO_SHORT",
            "FR76 3000 1007 9412 3456 7890 1850, TOO_LONG",
            "7630001007941234567890185FR, WRONG_FORMAT",
            "FRXX30001007941234567890185, WRONG_FORMAT",
            "FR77 3000 1007 9412 3456 7890 185, WRONG_KEY",
            "FR76 3000 1007 9412 3456 7890 158, WRONG_KEY",
            // United States: no IBAN; Brazil: IBAN, but outside SEPA
            "US76 3000 1007 9412 3456 7890 185, UNKNOWN",
            "BR15 0000 0000 0000 1093 2840 814P 2, UNKNOWN",
        })
        void wrongIbansGiveTheirProblem(String typed, Problem problem) {
            assertThat(rule.check(typed)).isEqualTo(RuleResult.invalid(problem));
            assertThat(RuleMessages.hasOwnMessage(rule.code(), problem)).isTrue();
        }

        @Test
        void hugeInputIsRefusedAsTooLong() {
            assertThat(rule.check("FR".repeat(5_000_000)))
                    .isEqualTo(RuleResult.invalid(Problem.TOO_LONG));
        }
    }

    @Nested
    class Countries {
        @Test
        void sepaCountriesAreKnownWithTheirLengths() {
            assertThat(IbanRule.countries())
                    .hasSize(42)
                    .contains("FR", "MC", "CH", "GB", "NO", "RS");
            assertThat(IbanRule.length("FR")).isEqualTo(27);
            assertThat(IbanRule.length("NO")).isEqualTo(15);
            assertThat(IbanRule.length("MT")).isEqualTo(31);
            assertThat(IbanRule.length("US")).isZero();
        }
    }
}
