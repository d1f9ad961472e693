package io.portail.forms.validation;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.junit.jupiter.api.Test;

/** Amounts written as residents read them, and as conditions read them. */
class MoneyProperties {
    /** The written rule: group the euros by three from the right, then the mark and the cents. */
    private static String grouped(long cents, char thousands, char decimal) {
        String whole = Long.toString(Math.abs(cents / 100));
        StringBuilder out = new StringBuilder(cents < 0 ? "-" : "");
        for (int i = 0; i < whole.length(); i++) {
            if (i > 0 && (whole.length() - i) % 3 == 0) {
                out.append(thousands);
            }
            out.append(whole.charAt(i));
        }
        int fraction = (int) Math.abs(cents % 100);
        return out.append(decimal).append(fraction / 10).append(fraction % 10).toString();
    }

    @Provide
    Arbitrary<Long> amounts() {
        return Arbitraries.oneOf(
                Arbitraries.longs().between(-1_000_000, 1_000_000),
                Arbitraries.longs(),
                Arbitraries.of(
                        0L, 1L, 99L, 100L, 99_999L, 100_000L, Long.MAX_VALUE, Long.MIN_VALUE));
    }

    @Property(tries = 3000)
    void writesEveryAmountAsTheWrittenRuleDoes(@ForAll("amounts") long cents) {
        assertThat(Money.french(cents)).isEqualTo(grouped(cents, '\u202f', ',') + "\u00a0€");
        assertThat(Money.english(cents)).isEqualTo("€" + grouped(cents, ',', '.'));
        assertThat(Money.plain(cents)).isEqualTo(BigDecimal.valueOf(cents, 2).toPlainString());
    }

    @Test
    void writesAFamilyQuotient() {
        assertThat(Money.french(61_250)).isEqualTo("612,50\u00a0€");
        assertThat(Money.english(123_456_789)).isEqualTo("€1,234,567.89");
        assertThat(Money.french(123_456_789)).isEqualTo("1\u202f234\u202f567,89\u00a0€");
        assertThat(Money.plain(-5)).isEqualTo("-0.05");
    }
}
