package io.portail.forms.constraints;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class PersonNameRuleTests {
    private final PersonNameRule rule = PersonNameRule.INSTANCE;

    @Nested
    class Accepts {
        @Test
        void typographicApostropheEqualsTheStraightOne() {
            // F06
            RuleResult typed = rule.check("L\u2019Hermitte-Dubois");

            assertThat(typed).isEqualTo(RuleResult.valid("L'Hermitte-Dubois"));
            assertThat(typed).isEqualTo(rule.check("L'Hermitte-Dubois"));
        }

        @Test
        void composedAndDecomposedNamesAreEqualAndOfLengthSix() {
            // F07
            RuleResult composed = rule.check("H\u00E9l\u00E8ne");
            RuleResult decomposed = rule.check("He\u0301le\u0300ne");

            assertThat(decomposed).isEqualTo(composed);
            String stored = ((RuleResult.Valid) composed).normalised();
            assertThat(stored.codePointCount(0, stored.length())).isEqualTo(6);
        }

        @ParameterizedTest(name = "{0}")
        @CsvSource({
            "Anne-Sophie, Anne-Sophie",
            "N'Diaye, N'Diaye",
            "'  de  la  Fontaine ', de la Fontaine",
            "Dupont--Martin, Dupont--Martin",
            "Jean\u2011Pierre, Jean-Pierre",
            "Ἀλέξανδρος, Ἀλέξανδρος",
            "Łukasz, Łukasz",
            "Нина, Нина",
            "李小龍, 李小龍",
            "محمد, محمد",
        })
        void lettersOfAnyScriptWithSpacesHyphensAndApostrophes(String typed, String stored) {
            assertThat(rule.check(typed)).isEqualTo(RuleResult.valid(stored));
        }
    }

    @Nested
    class Refuses {
        @ParameterizedTest(name = "{0} -> {1}")
        @CsvSource({
            "'', MISSING",
            "Martin2, WRONG_CHARACTERS",
            "Martin!, WRONG_CHARACTERS",
            "<script>, WRONG_CHARACTERS",
            "-Martin, WRONG_FORMAT",
            "Martin-, WRONG_FORMAT",
            "Martin\u2019, WRONG_FORMAT",
            "\u2019Martin, WRONG_FORMAT",
        })
        void wrongNamesGiveTheirProblem(String typed, Problem problem) {
            assertThat(rule.check(typed)).isEqualTo(RuleResult.invalid(problem));
            assertThat(RuleMessages.hasOwnMessage(rule.code(), problem)).isTrue();
        }

        @Test
        void lengthIsCountedInCodePointsAfterNfc() {
            PersonNameRule six = PersonNameRule.withMaxLength(6);

            assertThat(six.check("He\u0301le\u0300ne").isValid()).isTrue();
            assertThat(six.check("H\u00E9l\u00E8nes"))
                    .isEqualTo(RuleResult.invalid(Problem.TOO_LONG));
        }

        @Test
        void hugeInputIsRefusedQuickly() {
            assertThat(rule.check("a".repeat(10_000_000)))
                    .isEqualTo(RuleResult.invalid(Problem.TOO_LONG));
        }

        @Test
        void maxLengthMustBePositive() {
            assertThatIllegalArgumentException().isThrownBy(() -> PersonNameRule.withMaxLength(0));
        }
    }
}
