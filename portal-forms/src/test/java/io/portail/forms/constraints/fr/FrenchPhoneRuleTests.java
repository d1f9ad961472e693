package io.portail.forms.constraints.fr;

import static org.assertj.core.api.Assertions.assertThat;

import io.portail.forms.constraints.Problem;
import io.portail.forms.constraints.RuleMessages;
import io.portail.forms.constraints.RuleResult;
import java.util.Optional;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Phone numbers read with libphonenumber, France as the default region (ARCEP numbering plan). */
class FrenchPhoneRuleTests {
    private final FrenchPhoneRule rule = FrenchPhoneRule.INSTANCE;

    @Nested
    class Metropolitan {
        @ParameterizedTest(name = "{0}")
        @CsvSource({
            // F04: a French mobile typed in any usual way
            "0685123456",
            "'06 85 12 34 56'",
            "'+33 6 85 12 34 56'",
            "'06.85.12.34.56'",
            "'0033 6 85 12 34 56'",
            "'+33 (0)6 85 12 34 56'",
            "'06\u00A085\u00A012\u00A034\u00A056'",
        })
        void mobileNumberIsStoredInE164(String typed) {
            assertThat(rule.check(typed)).isEqualTo(RuleResult.valid("+33685123456"));
            assertThat(rule.parse(typed))
                    .contains(new FrenchPhoneNumber("+33685123456", "FR", PhoneType.MOBILE));
        }

        @Test
        void readsBackAsResidentsWriteIt() {
            assertThat(FrenchPhoneRule.readBack("+33685123456")).isEqualTo("06 85 12 34 56");
            assertThat(FrenchPhoneRule.readBack("+590690123456")).isEqualTo("06 90 12 34 56");
            assertThat(FrenchPhoneRule.readBack("+262692123456")).isEqualTo("06 92 12 34 56");
            // Saint-Pierre-et-Miquelon has a six-digit plan of its own: kept as stored.
            assertThat(FrenchPhoneRule.readBack("+508551234")).isEqualTo("+508551234");
        }

        @Test
        void fixedLineIsFixed() {
            assertThat(rule.parse("01 42 68 53 00"))
                    .contains(new FrenchPhoneNumber("+33142685300", "FR", PhoneType.FIXED));
        }
    }

    @Nested
    class Overseas {
        @ParameterizedTest(name = "{0} -> {1}")
        @CsvSource({
            // F05: Guadeloupe mobile, national form shared with France, own country code
            "'0690 12 34 56', +590690123456, GP, MOBILE",
            "'+33 690 12 34 56', +590690123456, GP, MOBILE",
            "'+590 690 12 34 56', +590690123456, GP, MOBILE",
            // La Réunion mobile and Martinique fixed line
            "'0692 12 34 56', +262692123456, RE, MOBILE",
            "'0596 61 23 45', +596596612345, MQ, FIXED",
            // ranges that libphonenumber's French (0269) or Guadeloupe (0694) metadata also
            // accepts: read in the plan of the department whose prefix it is
            "'0269 61 12 34', +262269611234, YT, FIXED",
            "'0694 12 34 56', +594694123456, GF, MOBILE",
            // Saint-Barthélemy and Saint-Martin share Guadeloupe's +590 and its 0590 prefix: their
            // fixed lines were refused while only Guadeloupe's plan was tried
            "'0590 51 64 96', +590590516496, BL, FIXED",
            "'05 90 30 00 00', +590590300000, MF, FIXED",
            // New Caledonia's toll-free numbers begin with 05 and keep that 0 in E.164
            "'+687 05 01 23', +687050123, NC, OTHER",
        })
        void overseasNumbersCarryTheirCountryCode(
                String typed, String e164, String region, PhoneType type) {
            assertThat(rule.check(typed)).isEqualTo(RuleResult.valid(e164));
            assertThat(rule.parse(typed)).contains(new FrenchPhoneNumber(e164, region, type));
        }
    }

    @Test
    void everyRegionOfAFrenchCountryCodeIsFrench() {
        // The rule tells a French number by its country code alone: no foreign region may share
        // one of them in libphonenumber's metadata.
        var util = com.google.i18n.phonenumbers.PhoneNumberUtil.getInstance();

        assertThat(FrenchPhoneRule.FRENCH_COUNTRY_CODES)
                .containsExactlyInAnyOrder(33, 590, 594, 596, 262, 508, 681, 687, 689);
        for (int code : FrenchPhoneRule.FRENCH_COUNTRY_CODES) {
            assertThat(FrenchPhoneRule.FRENCH_REGIONS)
                    .containsAll(util.getRegionCodesForCountryCode(code));
        }
    }

    @Nested
    class Refuses {
        @ParameterizedTest(name = "{0} -> {1}")
        @CsvSource({
            "'', MISSING",
            "06 85 12 34 5a, WRONG_CHARACTERS",
            "06-CALL-ME, WRONG_CHARACTERS",
            "06 85 12 34 56 +, WRONG_CHARACTERS",
            "06 85, TOO_SHORT",
            // ten digits in the national form (ARCEP plan): one missing is too short, not
            // impossible
            "06 12 34 56 7, TOO_SHORT",
            "01 42 76 40 4, TOO_SHORT",
            "0690 12 34 5, TOO_SHORT",
            "06 12 34 56 78 9, TOO_LONG",
            "'0 6 1 2 3 4 5 6 7 8 9 0 1 2 3 4 5 6 7 8 9 0', TOO_LONG",
            "06 85 12 34 56 78 90, TOO_LONG",
            "00 00 00 00 00, WRONG_FORMAT",
            // a valid number of the United Kingdom
            "+44 20 7946 0018, FOREIGN",
        })
        void wrongNumbersGiveTheirProblem(String typed, Problem problem) {
            assertThat(rule.check(typed)).isEqualTo(RuleResult.invalid(problem));
            assertThat(rule.parse(typed)).isEqualTo(Optional.empty());
            assertThat(RuleMessages.hasOwnMessage(rule.code(), problem)).isTrue();
        }

        @ParameterizedTest(name = "{0}")
        @CsvSource({"+1 555", "+44 20 7946 00181234", "+1 202 555 01"})
        void anInvalidNumberOfAnotherCountryIsNeverCountedAgainstTheFrenchTenDigits(String typed) {
            // The messages of TOO_SHORT and TOO_LONG count the ten digits of a French number.
            assertThat(rule.check(typed)).isEqualTo(RuleResult.invalid(Problem.FOREIGN));
            assertThat(FrenchPhoneRule.ANY_COUNTRY.check(typed))
                    .isEqualTo(RuleResult.invalid(Problem.WRONG_FORMAT));
        }

        @Test
        void foreignNumberIsAcceptedByTheAnyCountryRule() {
            assertThat(FrenchPhoneRule.ANY_COUNTRY.check("+44 20 7946 0018"))
                    .isEqualTo(RuleResult.valid("+442079460018"));
        }

        @Test
        void spacesAroundANumberDoNotMakeItTooLong() {
            assertThat(rule.check("  06 85 12 34 56" + " ".repeat(60)))
                    .isEqualTo(RuleResult.valid("+33685123456"));
        }

        @Test
        void tenMegabytesAreRefusedQuickly() {
            assertThat(rule.check("0".repeat(10_000_000)))
                    .isEqualTo(RuleResult.invalid(Problem.TOO_LONG));
        }
    }

    @Test
    void toStringMasksTheNumber() {
        assertThat(new FrenchPhoneNumber("+33685123456", "FR", PhoneType.MOBILE).toString())
                .doesNotContain("685")
                .contains("FR", "MOBILE");
    }
}
