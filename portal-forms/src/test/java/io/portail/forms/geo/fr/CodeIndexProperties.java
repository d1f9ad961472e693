package io.portail.forms.geo.fr;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.From;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.Size;
import net.jqwik.api.constraints.StringLength;
import org.junit.jupiter.api.Test;

/**
 * The index of the geography by code finds what a map keyed by {@code
 * code.trim().toUpperCase(Locale.ROOT)} finds, for any text looked up.
 */
class CodeIndexProperties {
    private static final Commune ORLEANS = FrenchGeography.load().commune("45234").orElseThrow();

    @Provide
    Arbitrary<String> codes() {
        return Arbitraries.strings().withChars("0123456789AB").ofLength(5);
    }

    @Provide
    Arbitrary<String> lookups() {
        return Arbitraries.oneOf(
                Arbitraries.strings()
                        .withChars("0123456789ABab \tıİ")
                        .ofMinLength(3)
                        .ofMaxLength(8),
                Arbitraries.strings().ofMaxLength(7));
    }

    @Property(tries = 300)
    void findsWhatAMapOfTrimmedCapitalisedCodesFinds(
            @ForAll @Size(max = 300) Set<@From("codes") String> codes,
            @ForAll @Size(max = 50) List<@From("lookups") String> others) {
        Map<String, List<Commune>> reference = new HashMap<>();
        for (String code : codes) {
            // A list of its own for each code, to tell them apart by identity.
            reference.put(code, new ArrayList<>(List.of(ORLEANS)));
        }
        CodeIndex index = new CodeIndex(reference);

        for (String code : codes) {
            assertThat(index.get(code)).isSameAs(reference.get(code));
            assertThat(index.get(" " + code.toLowerCase(Locale.ROOT) + "\t"))
                    .isSameAs(reference.get(code));
        }
        for (String other : others) {
            List<Commune> expected =
                    reference.getOrDefault(other.trim().toUpperCase(Locale.ROOT), List.of());
            assertThat(index.get(other)).isSameAs(expected.isEmpty() ? List.of() : expected);
        }
    }

    @Property
    void readsEveryCodeOfFiveDigitsOrLettersAsADistinctNumber(
            @ForAll @StringLength(5) String code) {
        int key = CodeIndex.encode(code);
        boolean plain = code.chars().allMatch(c -> c < 128 && Character.isLetterOrDigit(c));

        assertThat(key >= 0).isEqualTo(plain);
        if (plain) {
            assertThat(Integer.toString(key, 36).toUpperCase(Locale.ROOT))
                    .isEqualTo(code.toUpperCase(Locale.ROOT).replaceFirst("^0+(?=.)", ""));
        }
    }

    @Test
    void refusesDataWithACodeOfAnotherShape() {
        assertThatThrownBy(() -> new CodeIndex(Map.of("4500", List.of(ORLEANS))))
                .isInstanceOf(IllegalStateException.class);
    }

    @Test
    void findsTheCommunesOfTheShippedData() {
        FrenchGeography geography = FrenchGeography.load();

        assertThat(geography.commune("2a004").orElseThrow().name()).isEqualTo("Ajaccio");
        assertThat(geography.commune(" 45234 ").orElseThrow().name()).isEqualTo("Orléans");
        assertThat(geography.communesOfPostalCode("45000"))
                .extracting(Commune::inseeCode)
                .contains("45234");
        assertThat(geography.communesWithCode("4523")).isEmpty();
        assertThat(geography.communesWithCode("452345")).isEmpty();
    }
}
