package io.portail.privacy.mask;

import static org.assertj.core.api.Assertions.assertThat;

import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

class MaskStrategyProperties {
    @Provide
    Arbitrary<String> values() {
        Arbitrary<String> anything = Arbitraries.strings().ofMinLength(4).ofMaxLength(40);
        Arbitrary<String> lookalikes =
                Arbitraries.strings()
                        .withChars("0123456789 +*@.abcAB-’")
                        .ofMinLength(4)
                        .ofMaxLength(30);
        Arbitrary<String> emails =
                Arbitraries.strings()
                        .alpha()
                        .ofMinLength(1)
                        .ofMaxLength(8)
                        .tuple3()
                        .map(t -> t.get1() + "@" + t.get2() + "." + t.get3());
        Arbitrary<String> phones = Arbitraries.strings().numeric().ofLength(9).map(d -> "0" + d);
        return Arbitraries.oneOf(anything, lookalikes, emails, phones);
    }

    @Property(tries = 2000)
    void aMaskedValueNeverContainsTheOriginal(
            @ForAll MaskStrategy strategy, @ForAll("values") String value) {
        assertThat(strategy.mask(value)).doesNotContain(value);
    }

    @Property
    void maskingIsDeterministic(@ForAll MaskStrategy strategy, @ForAll("values") String value) {
        assertThat(strategy.mask(value)).isEqualTo(strategy.mask(value));
    }
}
