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

        @Test
        void marksBroughtTogetherByARemovedDirectionMarkAreReordered() {
            // The same with U+200F RIGHT-TO-LEFT MARK and U+2060 WORD JOINER, removed as well.
            for (String typed : new String[] {"\u0300\u200F\u0316", "\u0300\u2060\u0316"}) {
                String once = Text.normalise(typed);

                assertThat(once).isEqualTo("\u0316\u0300");
                assertThat(Text.normalise(once)).isEqualTo(once);
            }
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

        @ParameterizedTest(name = "U+{0}")
        @CsvSource({
            "00AD", "061C", "180E", "200B", "200E", "200F", "2060", "2061", "2062", "2063", "2064",
            "FEFF"
        })
        void everyInvisibleCharacterIsRemovedWherever(String hex) {
            // A street copied from a right-to-left page ends with U+200F: no one can see it, so
            // no one could take it out if a rule refused it.
            String invisible = Character.toString(Integer.parseInt(hex, 16));

            assertThat(Text.normalise("rue des Lilas" + invisible)).isEqualTo("rue des Lilas");
            assertThat(Text.normalise(invisible + "rue des" + invisible + " Lilas"))
                    .isEqualTo("rue des Lilas");
            assertThat(Text.normalise("rue de l\u2019" + invisible + "\u00C9glise"))
                    .isEqualTo("rue de l'\u00C9glise");
            assertThat(Text.normalise("He\u0301" + invisible + "le\u0300ne"))
                    .isEqualTo("H\u00E9l\u00E8ne");
            assertThat(Text.normalise(invisible)).isEmpty();
        }

        @ParameterizedTest(name = "U+{0}")
        @CsvSource({"202A", "202B", "202C", "202D", "202E", "2066", "2067", "2068", "2069"})
        void bidirectionalControlsThatCanDisguiseTextAreKeptForTheRulesToRefuse(String hex) {
            // Unicode Standard Annex 9; CVE-2021-42574 ("Trojan Source"): an embedding, override
            // or isolate reorders what a person reads, unlike the two marks, which are removed.
            String control = Character.toString(Integer.parseInt(hex, 16));

            assertThat(Text.normalise("Mar" + control + "tin")).isEqualTo("Mar" + control + "tin");
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
