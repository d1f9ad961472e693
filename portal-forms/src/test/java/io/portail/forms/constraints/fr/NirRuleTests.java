package io.portail.forms.constraints.fr;

import static org.assertj.core.api.Assertions.assertThat;

import io.portail.forms.constraints.Problem;
import io.portail.forms.constraints.RuleResult;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** NIR: INSEE layout, key = 97 - (13 first digits mod 97), 2A read as 19 and 2B as 18. */
class NirRuleTests {
    private final NirRule rule = NirRule.INSTANCE;

    @Nested
    class Accepts {
        @ParameterizedTest(name = "{0}")
        @CsvSource({
            // F02: born abroad, department 99 + INSEE country code
            "'1 92 11 99 109 042 12', 192119910904212",
            // F02: born in an overseas collectivity (98x)
            "'2 95 04 98 735 021 80', 295049873502180",
            // F03: born in Haute-Corse after 1976, key computed with 2B read as 18
            "253072B07300470, 253072B07300470",
            "'2 53 07 2b 073 004 70', 253072B07300470",
            // metropolitan birth; dots typed as separators are removed too
            "'1 84 12 76 451 089 46', 184127645108946",
            "1.84.12.76.451.089.46, 184127645108946",
        })
        void validNumbersAreStoredWithoutSpaces(String typed, String stored) {
            assertThat(rule.check(typed)).isEqualTo(RuleResult.valid(stored));
        }

        @Test
        void corsicaSouthIsReadAs19ForTheKey() {
            String body = "185052A004012";

            int key = NirRule.key(body);

            assertThat(key).isEqualTo((int) (97 - 1850519004012L % 97));
            assertThat(rule.check(body + String.format("%02d", key)).isValid()).isTrue();
        }

        @ParameterizedTest(name = "month {0}")
        @CsvSource({"20", "30", "42", "50", "99"})
        void unknownMonthsUsedByInseeAreAccepted(String month) {
            String body = "185" + month + "75101001";

            assertThat(rule.check(body + String.format("%02d", NirRule.key(body))).isValid())
                    .isTrue();
        }

        @ParameterizedTest(name = "sex digit {0}")
        @CsvSource({"1", "2", "7", "8"})
        void permanentAndTemporaryNumbersAreAccepted(String sex) {
            // 7 and 8: numéro d'identification d'attente (NIA), accepted by choice
            String body = sex + "851275101001";

            assertThat(rule.check(body + String.format("%02d", NirRule.key(body))).isValid())
                    .isTrue();
        }

        @Test
        void overseasDepartment971IsAccepted() {
            String body = "2900597105003";

            assertThat(rule.check(body + String.format("%02d", NirRule.key(body))).isValid())
                    .isTrue();
        }
    }

    @Nested
    class Refuses {
        @ParameterizedTest(name = "{0} -> {1}")
        @CsvSource({
            "'', MISSING",
            "'   ', MISSING",
            "1 92 11 99 109 042 1x, WRONG_CHARACTERS",
            "'1 92 11 99 109 042 1!', WRONG_CHARACTERS",
            "1 92 11 99 109 042 1, TOO_SHORT",
            "1 92 11 99 109 042 121, TOO_LONG",
            // key off by one: F02 with 13 instead of 12
            "1 92 11 99 109 042 13, WRONG_KEY",
            // F03 with 2A instead of 2B: the key no longer matches
            "253072A07300470, WRONG_KEY",
            // letter outside the Corsican department
            "25307A207300470, WRONG_FORMAT",
            "253073B07300470, WRONG_FORMAT",
            // sex digit 3, month 13, month 00, department 00
            "392119910904212, WRONG_FORMAT",
            "192139910904212, WRONG_FORMAT",
            "192009910904212, WRONG_FORMAT",
            "192110010904212, WRONG_FORMAT",
        })
        void wrongNumbersGiveTheirProblem(String typed, Problem problem) {
            assertThat(rule.check(typed)).isEqualTo(RuleResult.invalid(problem));
        }

        @Test
        void tenMegabytesAreRefusedAsTooLong() {
            String huge = "1".repeat(10_000_000);

            assertThat(rule.check(huge)).isEqualTo(RuleResult.invalid(Problem.TOO_LONG));
        }
    }

    @Test
    void codeIsNir() {
        assertThat(rule.code()).isEqualTo("nir");
    }
}
