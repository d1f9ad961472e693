package io.portail.forms.constraints;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Email: RFC 5322 dot-atom local part, internet domain (IDNA via java.net.IDN), RFC 5321 limits.
 */
class EmailRuleTests {
    private final EmailRule rule = EmailRule.INSTANCE;

    @Nested
    class Accepts {
        @ParameterizedTest(name = "{0}")
        @CsvSource({
            "camille.martin@exemple.fr, camille.martin@exemple.fr",
            "'  Camille.Martin@Exemple.FR ', Camille.Martin@exemple.fr",
            "c.martin+mairie@mail.exemple.fr, c.martin+mairie@mail.exemple.fr",
            "o'neil@exemple.fr, o'neil@exemple.fr",
            // international domain name, kept in Unicode, lower case
            "contact@ÉCOLE-exemple.fr, contact@école-exemple.fr",
            "contact@xn--cole-exemple-9db.fr, contact@école-exemple.fr",
        })
        void reachableAddressesAreNormalised(String typed, String stored) {
            assertThat(rule.check(typed)).isEqualTo(RuleResult.valid(stored));
        }

        @Test
        void longestLocalPartIs64() {
            String local = "a".repeat(64);

            assertThat(rule.check(local + "@exemple.fr").isValid()).isTrue();
            assertThat(rule.check(local + "a@exemple.fr"))
                    .isEqualTo(RuleResult.invalid(Problem.TOO_LONG));
        }

        @Test
        void longestAddressIs254() {
            String domain = "a".repeat(63) + "." + "b".repeat(63) + "." + "c".repeat(63) + ".fr";
            String local = "x".repeat(254 - 1 - domain.length());

            assertThat(rule.check(local + "@" + domain).isValid()).isTrue();
            assertThat(rule.check(local + "x@" + domain))
                    .isEqualTo(RuleResult.invalid(Problem.TOO_LONG));
        }
    }

    @Nested
    class Refuses {
        @ParameterizedTest(name = "{0} -> {1}")
        @CsvSource({
            "'', MISSING",
            "camille.martin, WRONG_FORMAT",
            "camille@martin@exemple.fr, WRONG_FORMAT",
            "@exemple.fr, WRONG_FORMAT",
            "camille@, WRONG_FORMAT",
            "camille@localhost, WRONG_FORMAT",
            "camille@192.168.0.1, WRONG_FORMAT",
            "camille@exemple.f, WRONG_FORMAT",
            "camille@exemple..fr, WRONG_FORMAT",
            "camille@-exemple.fr, WRONG_FORMAT",
            "camille@exemple.fr., WRONG_FORMAT",
            ".camille@exemple.fr, WRONG_FORMAT",
            "camille..martin@exemple.fr, WRONG_FORMAT",
            "camille martin@exemple.fr, WRONG_CHARACTERS",
            "camille@exem ple.fr, WRONG_CHARACTERS",
            "hélène@exemple.fr, WRONG_CHARACTERS",
            "\"camille\"@exemple.fr, WRONG_CHARACTERS",
            "camille(maison)@exemple.fr, WRONG_CHARACTERS",
            "camille@exemple_.fr, WRONG_FORMAT",
        })
        void wrongAddressesGiveTheirProblem(String typed, Problem problem) {
            assertThat(rule.check(typed)).isEqualTo(RuleResult.invalid(problem));
            assertThat(RuleMessages.hasOwnMessage(rule.code(), problem)).isTrue();
        }

        @Test
        void tenMegabytesAreRefusedQuickly() {
            assertThat(rule.check("a".repeat(10_000_000) + "@exemple.fr"))
                    .isEqualTo(RuleResult.invalid(Problem.TOO_LONG));
        }

        @Test
        void longDomainLabelIsRefused() {
            assertThat(rule.check("a@" + "b".repeat(64) + ".fr").isValid()).isFalse();
        }
    }
}
