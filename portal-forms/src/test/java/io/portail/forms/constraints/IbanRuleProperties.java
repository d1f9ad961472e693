package io.portail.forms.constraints;

import static org.assertj.core.api.Assertions.assertThat;

import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.IntRange;

/**
 * ISO 7064 MOD 97-10 (ISO 13616-1): changing one digit by d changes the rearranged number by d ×
 * 10^k, and swapping two adjacent digits by 9 × (a - b) × 10^k; 97 is prime and divides neither, so
 * both are always caught, provided the two digits stay adjacent once the first 4 characters are
 * moved to the end (every pair except the last check digit with the first BBAN character, positions
 * 4 and 5 counted from 1).
 */
class IbanRuleProperties {
    @Property
    void everyGeneratedIbanIsValid(@ForAll("ibans") String iban) {
        assertThat(IbanRule.INSTANCE.check(iban)).isEqualTo(RuleResult.valid(iban));
    }

    @Property
    void everySingleDigitChangeIsRefused(
            @ForAll("ibans") String iban,
            @ForAll @IntRange(min = 2, max = 30) int position,
            @ForAll @IntRange(min = 1, max = 9) int delta) {
        if (position >= iban.length()) {
            return;
        }
        char changed = (char) ('0' + (iban.charAt(position) - '0' + delta) % 10);

        String typo = iban.substring(0, position) + changed + iban.substring(position + 1);

        assertThat(IbanRule.INSTANCE.check(typo)).isEqualTo(RuleResult.invalid(Problem.WRONG_KEY));
    }

    @Property
    void everySwapOfAdjacentDifferentDigitsThatStayAdjacentIsRefused(
            @ForAll("ibans") String iban, @ForAll @IntRange(min = 2, max = 29) int position) {
        if (position + 1 >= iban.length() || position == 3) {
            return;
        }
        char a = iban.charAt(position);
        char b = iban.charAt(position + 1);
        if (a == b) {
            return;
        }

        String swapped = iban.substring(0, position) + b + a + iban.substring(position + 2);

        assertThat(IbanRule.INSTANCE.check(swapped).isValid()).isFalse();
    }

    @Property
    void spacesAndLowerCaseAreNormalisedAway(@ForAll("ibans") String iban) {
        StringBuilder typed = new StringBuilder();
        for (int i = 0; i < iban.length(); i++) {
            if (i > 0 && i % 4 == 0) {
                typed.append(' ');
            }
            typed.append(Character.toLowerCase(iban.charAt(i)));
        }

        assertThat(IbanRule.INSTANCE.check(typed.toString())).isEqualTo(RuleResult.valid(iban));
    }

    /** IBANs of every accepted country, with a BBAN of digits only. */
    @Provide
    Arbitrary<String> ibans() {
        return Arbitraries.of(IbanRule.countries().stream().sorted().toList())
                .flatMap(
                        country ->
                                Arbitraries.strings()
                                        .numeric()
                                        .ofLength(IbanRule.length(country) - 4)
                                        .map(bban -> withCheckDigits(country, bban)));
    }

    static String withCheckDigits(String country, String bban) {
        int check = 98 - IbanRule.mod97(country + "00" + bban);
        return country + String.format("%02d", check) + bban;
    }
}
