package io.portail.forms.constraints.fr;

import static org.assertj.core.api.Assertions.assertThat;

import io.portail.forms.constraints.RuleResult;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.IntRange;

/**
 * Numéro fiscal (key = first 10 digits mod 511) and RIB key (CFONB, mod 97).
 *
 * <p>mod 511: 511 = 7 × 73 is prime to 10, so a single changed digit (d × 10^k) is always caught; a
 * swap of adjacent digits a, b changes the number by 9 × (a - b) × 10^k, a multiple of 511 exactly
 * when a - b = ±7: swaps of 0/7, 1/8 and 2/9 are not caught.
 *
 * <p>RIB: 89, 15 and 3 are prime to 97, so a single changed digit of the bank code, branch code or
 * (numeric) account number always changes the key.
 */
class ChecksumProperties {
    @Property
    void everyGeneratedFiscalNumberIsValid(@ForAll("fiscalNumbers") String number) {
        assertThat(FiscalNumberRule.INSTANCE.check(number)).isEqualTo(RuleResult.valid(number));
    }

    @Property
    void everySingleDigitChangeOfAFiscalNumberIsRefused(
            @ForAll("fiscalNumbers") String number,
            @ForAll @IntRange(min = 1, max = 12) int position,
            @ForAll @IntRange(min = 1, max = 9) int delta) {
        String typo = change(number, position, delta);

        assertThat(FiscalNumberRule.INSTANCE.check(typo).isValid()).isFalse();
    }

    @Property
    void everySwapOfAdjacentDigitsNotSevenApartIsRefused(
            @ForAll("fiscalNumbers") String number,
            @ForAll @IntRange(min = 0, max = 11) int position) {
        char a = number.charAt(position);
        char b = number.charAt(position + 1);
        if (a == b || Math.abs(a - b) == 7 || position == 9) {
            return;
        }

        String swapped = number.substring(0, position) + b + a + number.substring(position + 2);

        assertThat(FiscalNumberRule.INSTANCE.check(swapped).isValid()).isFalse();
    }

    @Property
    void everySingleDigitChangeChangesTheRibKey(
            @ForAll("ribs") String rib,
            @ForAll @IntRange(min = 0, max = 20) int position,
            @ForAll @IntRange(min = 1, max = 9) int delta) {
        String typo = change(rib, position, delta);

        assertThat(key(typo)).isNotEqualTo(key(rib));
    }

    private static int key(String rib) {
        return FrenchIbanRule.ribKey(rib.substring(0, 5), rib.substring(5, 10), rib.substring(10));
    }

    private static String change(String digits, int position, int delta) {
        char changed = (char) ('0' + (digits.charAt(position) - '0' + delta) % 10);
        return digits.substring(0, position) + changed + digits.substring(position + 1);
    }

    @Provide
    Arbitrary<String> fiscalNumbers() {
        return Arbitraries.integers()
                .between(0, 3)
                .flatMap(
                        first ->
                                Arbitraries.strings()
                                        .numeric()
                                        .ofLength(9)
                                        .map(rest -> first + rest))
                .map(body -> body + String.format("%03d", FiscalNumberRule.key(body)));
    }

    @Provide
    Arbitrary<String> ribs() {
        return Arbitraries.strings().numeric().ofLength(21);
    }
}
