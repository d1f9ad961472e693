package io.portail.core.reference;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.portail.core.reference.InvalidReferenceException.Reason;
import java.util.Locale;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/**
 * The check character (weighted sum modulo the prime 29, as in the pure systems of ISO/IEC 7064)
 * catches every single substitution and every transposition of neighbouring characters.
 */
class ReferenceProperties {

    @Provide
    Arbitrary<Reference> references() {
        Arbitrary<Character> letters =
                Arbitraries.of(Reference.ALPHABET.replaceAll("[0-9]", "").toCharArray());
        Arbitrary<String> prefixes = letters.list().ofSize(2).map(ReferenceProperties::join);
        Arbitrary<String> bodies =
                Arbitraries.of(Reference.ALPHABET.toCharArray())
                        .list()
                        .ofSize(Reference.BODY_LENGTH)
                        .map(ReferenceProperties::join);
        return prefixes.flatMap(p -> bodies.map(b -> Reference.of(p, b)));
    }

    private static String join(java.util.List<Character> chars) {
        StringBuilder text = new StringBuilder();
        chars.forEach(text::append);
        return text.toString();
    }

    @Property
    void readsBackWhatItPrints(@ForAll("references") Reference reference) {
        assertThat(Reference.parse(reference.toString())).isEqualTo(reference);
        assertThat(Reference.parse(reference.compact())).isEqualTo(reference);
        assertThat(Reference.parse(reference.toString().toLowerCase(Locale.ROOT).replace('-', ' ')))
                .isEqualTo(reference);
    }

    @Property(tries = 300)
    void catchesEverySingleWrongCharacter(@ForAll("references") Reference reference) {
        String compact = reference.compact();
        for (int position = 0; position < compact.length(); position++) {
            for (char symbol : Reference.ALPHABET.toCharArray()) {
                if (symbol == compact.charAt(position)) {
                    continue;
                }
                String typed =
                        compact.substring(0, position) + symbol + compact.substring(position + 1);
                assertRefused(typed);
            }
        }
    }

    @Property(tries = 300)
    void catchesEverySwapOfNeighbours(@ForAll("references") Reference reference) {
        String compact = reference.compact();
        for (int i = 0; i + 1 < compact.length(); i++) {
            if (compact.charAt(i) == compact.charAt(i + 1)) {
                continue;
            }
            String typed =
                    compact.substring(0, i)
                            + compact.charAt(i + 1)
                            + compact.charAt(i)
                            + compact.substring(i + 2);
            assertRefused(typed);
        }
    }

    private static void assertRefused(String typed) {
        assertThatThrownBy(() -> Reference.parse(typed))
                .isInstanceOfSatisfying(
                        InvalidReferenceException.class,
                        e ->
                                assertThat(e.reason())
                                        .isIn(Reason.WRONG_CHECK_CHARACTER, Reason.WRONG_START));
    }
}
