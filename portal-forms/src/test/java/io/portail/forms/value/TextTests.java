package io.portail.forms.value;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatNullPointerException;

import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class TextTests {
    @Nested
    class Apostrophes {
        @Test
        void typographicApostropheComparesEqualToStraightOne() {
            // F06: phone keyboards type U+2019
            String typed = "L\u2019Hermitte-Dubois";

            String normalised = Text.normalise(typed);

            assertThat(normalised).isEqualTo("L'Hermitte-Dubois");
            assertThat(Text.normalise("12 rue de l\u2019\u00C9glise"))
                    .isEqualTo("12 rue de l'\u00C9glise");
        }

        @ParameterizedTest
        @CsvSource({"\u2018", "\u2019", "\u201B", "\u02BC", "\u2032", "\u00B4", "\uFF07"})
        void everyApostropheLikeCharacterBecomesU0027(String apostrophe) {
            assertThat(Text.normalise("d" + apostrophe + "Arc")).isEqualTo("d'Arc");
        }
    }

    @Nested
    class UnicodeForms {
        @Test
        void decomposedNameIsComposed() {
            // F07: "Hélène" in NFD has 8 code points, in NFC 6
            String decomposed = "He\u0301le\u0300ne";
            String composed = "H\u00E9l\u00E8ne";

            String normalised = Text.normalise(decomposed);

            assertThat(decomposed.codePointCount(0, decomposed.length())).isEqualTo(8);
            assertThat(normalised).isEqualTo(composed);
            assertThat(normalised.codePointCount(0, normalised.length())).isEqualTo(6);
            assertThat(Text.normalise(composed)).isEqualTo(composed);
        }
    }

    @Nested
    class Stability {
        @Test
        void marksBroughtTogetherByARemovedCharacterAreReordered() {
            // regression found by TextProperties.normaliseIsIdempotent: U+0300 (class 230) and
            // U+0316 (class 220) separated by a zero width space; once it is removed they must
            // be put in canonical order, or a second normalisation would change the text
            String typed = "\u0300\u200B\u0316";

            String once = Text.normalise(typed);

            assertThat(once).isEqualTo("\u0316\u0300");
            assertThat(Text.normalise(once)).isEqualTo(once);
        }
    }

    @Nested
    class WhiteSpace {
        @Test
        void runsOfSpacesIncludingNoBreakSpacesBecomeOneSpace() {
            String typed = "\t 12\u00A0\u00A0rue\u202Fdes   Lilas \n";

            assertThat(Text.normalise(typed)).isEqualTo("12 rue des Lilas");
        }

        @Test
        void zeroWidthSpaceAndByteOrderMarkAreRemoved() {
            assertThat(Text.normalise("\uFEFFMar\u200Btin")).isEqualTo("Martin");
        }

        @Test
        void onlySpacesGiveEmptyText() {
            assertThat(Text.normalise(" \u00A0\t")).isEmpty();
        }

        @Test
        void compactRemovesEverySpace() {
            assertThat(Text.compact(" 1 92 11\u00A099 109 042 12 ")).isEqualTo("192119910904212");
        }
    }

    @Nested
    class Misuse {
        @Test
        void nullIsRefusedWithTheArgumentName() {
            assertThatNullPointerException()
                    .isThrownBy(() -> Text.normalise(null))
                    .withMessage("text");
        }
    }
}
