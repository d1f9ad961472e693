package io.portail.core.reference;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.portail.core.reference.InvalidReferenceException.Reason;
import java.util.Locale;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class ReferenceTests {

    private static final Reference EXAMPLE = Reference.of("SE", "4KX7P9M3");

    @Nested
    class Building {

        @Test
        void addsTheCheckCharacter() {
            assertThat(EXAMPLE.compact()).isEqualTo("SE4KX7P9M39");
            assertThat(EXAMPLE.prefix()).isEqualTo("SE");
            assertThat(EXAMPLE.body()).isEqualTo("4KX7P9M3");
            assertThat(EXAMPLE.checkCharacter()).isEqualTo('9');
        }

        @Test
        void printsGroupsSeparatedByDashes() {
            assertThat(EXAMPLE).hasToString("SE-4KX7-P9M3-9");
            assertThat(EXAMPLE.toString()).isEqualTo(InvalidReferenceException.EXAMPLE);
        }

        @Test
        void usesAnAlphabetOfAPrimeSizeWithoutConfusableSymbols() {
            assertThat(Reference.ALPHABET)
                    .hasSize(29)
                    .doesNotContain("0", "1", "I", "L", "O", "Q", "U");
        }

        @ParameterizedTest
        @CsvSource({
            "S, 4KX7P9M3",
            "SEX, 4KX7P9M3",
            "SI, 4KX7P9M3",
            "S2, 4KX7P9M3",
            "se, 4KX7P9M3",
            "SE, 4KX7P9M",
            "SE, 4KX7P9M0"
        })
        void refusesAWrongPrefixOrBody(String prefix, String body) {
            assertThatThrownBy(() -> Reference.of(prefix, body))
                    .isInstanceOf(IllegalArgumentException.class);
        }
    }

    @Nested
    class Parsing {

        @ParameterizedTest
        @ValueSource(
                strings = {
                    "SE-4KX7-P9M3-9",
                    "SE4KX7P9M39",
                    "se-4kx7-p9m3-9",
                    " se 4kx7 p9m3 9 ",
                    "SE\u00a04KX7\u202fP9M3\t9",
                    "SE\u20134KX7\u2014P9M3\u22129",
                    "SE - 4KX7 - P9M3 - 9"
                })
        void acceptsWhatAPersonTypes(String typed) {
            assertThat(Reference.parse(typed)).isEqualTo(EXAMPLE);
        }

        @ParameterizedTest
        @CsvSource({
            "'', EMPTY",
            "' - ', EMPTY",
            "SE-4KX7-P9M3, WRONG_LENGTH",
            "SE-4KX7-P9M3-99, WRONG_LENGTH",
            "SE-4KX7-P9M0-9, WRONG_CHARACTER",
            "SE-4KX7-P9MO-9, WRONG_CHARACTER",
            "SÉ-4KX7-P9M3-9, WRONG_CHARACTER",
            "SE_4KX7_P9M3_9, WRONG_CHARACTER",
            "22-4KX7-P9M3-9, WRONG_START",
            "SE-4KX7-P9M3-8, WRONG_CHECK_CHARACTER",
            "SE-4KX7-P9M4-9, WRONG_CHECK_CHARACTER",
            "SE-K4X7-P9M3-9, WRONG_CHECK_CHARACTER",
            "SE-4KX7-9PM3-9, WRONG_CHECK_CHARACTER"
        })
        void givesTheReasonOfARefusal(String typed, Reason reason) {
            assertThatThrownBy(() -> Reference.parse(typed))
                    .isInstanceOfSatisfying(
                            InvalidReferenceException.class,
                            e -> assertThat(e.reason()).isEqualTo(reason));
        }

        @Test
        void refusesVeryLongTextWithoutReadingIt() {
            assertThatThrownBy(() -> Reference.parse("A".repeat(1_000_000)))
                    .isInstanceOfSatisfying(
                            InvalidReferenceException.class,
                            e -> assertThat(e.reason()).isEqualTo(Reason.WRONG_LENGTH));
        }

        @Test
        void neverRepeatsTheTextInItsMessage() {
            assertThatThrownBy(() -> Reference.parse("SE-4KX7-P9M3-8"))
                    .hasMessage("The reference's check character does not match");
            assertThatThrownBy(() -> Reference.parse("SE-4KX7"))
                    .hasMessage("A reference has 11 characters: 6 given");
        }
    }

    @Nested
    class ResidentMessages {

        @ParameterizedTest
        @CsvSource(
                delimiter = '|',
                value = {
                    "EMPTY|Saisissez la référence de votre demande, par exemple SE-4KX7-P9M3-9."
                            + "|Enter the reference of your request, for example SE-4KX7-P9M3-9.",
                    "WRONG_CHARACTER|La référence ne contient que les chiffres 2 à 9 et des lettres"
                            + " sans accent, sauf I, L, O, Q et U. Vérifiez chaque caractère."
                            + "|The reference only contains the digits 2 to 9 and letters"
                            + " without accents, except I, L, O, Q and U. Check each character.",
                    "WRONG_LENGTH|La référence compte 11 caractères, par exemple SE-4KX7-P9M3-9."
                            + "|The reference has 11 characters, for example SE-4KX7-P9M3-9.",
                    "WRONG_START|La référence commence par deux lettres, par exemple"
                            + " SE-4KX7-P9M3-9.|The reference starts with two letters, for"
                            + " example SE-4KX7-P9M3-9.",
                    "WRONG_CHECK_CHARACTER|Un caractère de la référence semble différent de celui"
                            + " de votre accusé de réception. Vérifiez la référence caractère par"
                            + " caractère.|One character of the reference seems different from"
                            + " the one on your acknowledgement of receipt. Check the reference"
                            + " character by character."
                })
        void areInFrenchAndEnglish(Reason reason, String french, String english) {
            assertThat(reason.message(Locale.FRENCH)).isEqualTo(french);
            assertThat(reason.message(Locale.ROOT)).isEqualTo(french);
            assertThat(reason.message(Locale.UK)).isEqualTo(english);
        }
    }
}
