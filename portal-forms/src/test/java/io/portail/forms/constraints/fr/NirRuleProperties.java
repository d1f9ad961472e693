package io.portail.forms.constraints.fr;

import static org.assertj.core.api.Assertions.assertThat;

import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.IntRange;

/**
 * NIR key (INSEE): 97 - (N mod 97). Since 97 is prime and larger than 9 × 10, changing one digit by
 * d changes N by d × 10^k, and swapping adjacent digits a, b changes it by 9 × (a - b) × 10^k:
 * neither is ever a multiple of 97, so every such error inside the 13-digit body is caught, and the
 * key digits are compared directly. Only a swap across the body and the key (positions 13 and 14,
 * counted from 1) is not guaranteed to be caught.
 */
class NirRuleProperties {
    @Property
    void everyGeneratedNirIsValid(@ForAll("nirs") String nir) {
        assertThat(NirRule.INSTANCE.check(nir).isValid()).isTrue();
    }

    @Property
    void everySingleDigitChangeIsRefused(
            @ForAll("nirs") String nir,
            @ForAll @IntRange(min = 0, max = 14) int position,
            @ForAll @IntRange(min = 1, max = 9) int delta) {
        char c = nir.charAt(position);
        if (!Character.isDigit(c)) {
            return;
        }
        char changed = (char) ('0' + (c - '0' + delta) % 10);

        String typo = nir.substring(0, position) + changed + nir.substring(position + 1);

        assertThat(NirRule.INSTANCE.check(typo).isValid()).isFalse();
    }

    @Property
    void everySwapOfAdjacentDifferentDigitsInTheBodyOrKeyIsRefused(
            @ForAll("nirs") String nir, @ForAll @IntRange(min = 0, max = 13) int position) {
        char a = nir.charAt(position);
        char b = nir.charAt(position + 1);
        if (position == 12 || a == b || !Character.isDigit(a) || !Character.isDigit(b)) {
            return;
        }

        String swapped = nir.substring(0, position) + b + a + nir.substring(position + 2);

        assertThat(NirRule.INSTANCE.check(swapped).isValid()).isFalse();
    }

    @Property
    void spacesAndLowerCaseAreNormalisedAway(@ForAll("nirs") String nir) {
        String typed =
                nir.substring(0, 1)
                        + " "
                        + nir.substring(1, 3)
                        + " "
                        + nir.substring(3, 5)
                        + " "
                        + nir.substring(5, 7).toLowerCase()
                        + " "
                        + nir.substring(7, 10)
                        + " "
                        + nir.substring(10, 13)
                        + " "
                        + nir.substring(13);

        assertThat(NirRule.INSTANCE.check(typed))
                .isEqualTo(io.portail.forms.constraints.RuleResult.valid(nir));
    }

    @Provide
    Arbitrary<String> nirs() {
        Arbitrary<String> sex = Arbitraries.of("1", "2", "7", "8");
        Arbitrary<String> year = Arbitraries.integers().between(0, 99).map(y -> pad(y, 2));
        Arbitrary<String> month =
                Arbitraries.oneOf(
                                Arbitraries.integers().between(1, 12),
                                Arbitraries.of(20),
                                Arbitraries.integers().between(30, 42),
                                Arbitraries.integers().between(50, 99))
                        .map(m -> pad(m, 2));
        Arbitrary<String> place =
                Arbitraries.oneOf(
                                Arbitraries.integers().between(1, 95).map(d -> pad(d, 2)),
                                Arbitraries.of("2A", "2B", "97", "98", "99"))
                        .flatMap(
                                d ->
                                        Arbitraries.integers()
                                                .between(1, 999)
                                                .map(c -> d + pad(c, 3)));
        Arbitrary<String> order = Arbitraries.integers().between(1, 999).map(o -> pad(o, 3));
        return Combinators.combine(sex, year, month, place, order)
                .as((s, y, m, p, o) -> s + y + m + p + o)
                .map(body -> body + pad(NirRule.key(body), 2));
    }

    private static String pad(int value, int width) {
        return String.format("%0" + width + "d", value);
    }
}
