package io.portail.core.internal;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class IdsTests {
    @Nested
    class Shown {
        @ParameterizedTest
        @CsvSource(
                delimiter = '|',
                value = {
                    "birth-record | birth-record",
                    "Birth-Record | Birth-Record",
                    "SIG-12 | SIG-12",
                    "CANTINE-2026-0042 | CANTINE-2026-0042",
                    "x | x",
                })
        void showsAPlainId(String id, String shown) {
            assertThat(Ids.shown(id)).isEqualTo(shown);
        }

        @ParameterizedTest
        @CsvSource(
                delimiter = '|',
                value = {
                    // What a resident types, sent where an id goes: never repeated.
                    "camille.martin@exemple.fr | (an id of 25 characters, not shown)",
                    "Camille Martin | (an id of 14 characters, not shown)",
                    "Hélène | (an id of 6 characters, not shown)",
                    // Numbers a resident has: a phone number, a NIR, an IBAN, with letters or not.
                    "0623456789 | (an id of 10 characters, not shown)",
                    "tel-0623456789 | (an id of 14 characters, not shown)",
                    "FR7630006000011234567890189 | (an id of 27 characters, not shown)",
                    "-birth-record | (an id of 13 characters, not shown)",
                    "CANTINE-2026-00042 | (an id of 18 characters, not shown)",
                    "'' | (an id of 0 characters, not shown)",
                    "7 | (an id of 1 character, not shown)",
                })
        void showsOnlyTheLengthOfAnythingElse(String id, String shown) {
            assertThat(Ids.shown(id)).isEqualTo(shown);
        }

        @Test
        void showsAPlainIdUpTo64Characters() {
            assertThat(Ids.shown("a".repeat(64))).isEqualTo("a".repeat(64));
            assertThat(Ids.shown("a".repeat(65))).isEqualTo("(an id of 65 characters, not shown)");
        }
    }
}
