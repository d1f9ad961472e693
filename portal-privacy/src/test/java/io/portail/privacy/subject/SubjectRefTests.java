package io.portail.privacy.subject;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Nested;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class SubjectRefTests {
    static final String REFUSED =
            "A subject reference is an opaque id, not a number that identifies a person (a NIR, a"
                    + " phone number, an IBAN)";

    @Nested
    class OpaqueIds {
        @ParameterizedTest(name = "{0}")
        @ValueSource(
                strings = {
                    "res-0001",
                    "acct_12345",
                    "account-17",
                    "res:0002",
                    "3f2504e0-4f89-11d3-9a0c-0305e82c3301",
                    // UUIDs whose groups are all digits, even phone-shaped ones (RFC 9562)
                    "12345678-1234-1234-1234-123456789012",
                    "06123456-7800-3361-2345-033612345678",
                    "urn:uuid:01234567-0612-3456-7800-336123456780",
                    // a hash or random key, whose digit runs are chance
                    "ab12cdefabcdef0123456789abcdef01",
                    // a key longer than any E.164 number (15 digits), and zero-padded keys
                    "1850578006084912345",
                    "000123456789",
                    "res-2026-03-0001",
                    "res-3-249",
                    // numeric keys in one run, a time in milliseconds or a database id: only the
                    // French shapes of a phone number are refused in one run
                    "1733333333333",
                    "123456789012345",
                    "15551234567",
                    "123456789"
                })
        void areTaken(String value) {
            assertThat(SubjectRef.of(value).value()).isEqualTo(value);
        }

        @ParameterizedTest(name = "{0}")
        @ValueSource(strings = {"123056789012345", "223126789012399", "185052A12345678"})
        void takesFifteenCharactersOfTheShapeOfANirWhoseKeyDoesNotHold(String value) {
            // INSEE: the key is 97 minus the first 13 digits modulo 97 (2A read as 19, 2B as 18);
            // 15 characters with another key are no NIR (the review found them refused).
            assertThat(SubjectRef.of(value).value()).isEqualTo(value);
        }
    }

    @Nested
    class PersonalNumbers {
        @ParameterizedTest(name = "{0}")
        @ValueSource(
                strings = {
                    // invented numbers of the shapes that identify a person by themselves: a NIR
                    // without and with its key (décret 82-103), an IBAN (ISO 13616-1)
                    "1850578006084",
                    "185057800608491",
                    "FR7630006000011234567890189",
                    "res-FR7630006000011234567890189",
                    "FR76-3000-6000-0112-3456-7890-189",
                    // a Corsican NIR, département 2A or 2B, with and without its key (INSEE)
                    "185052A12345633",
                    "185052A123456",
                    "285052B12345610",
                    "res-185052b123456",
                    // a NIR written in groups
                    "1.85.05.78.006.084.91",
                    "2-85-05-2A-006-084"
                })
        void refusesANir(String value) {
            assertThatThrownBy(() -> SubjectRef.of(value))
                    .isInstanceOf(IllegalArgumentException.class)
                    .hasMessage(REFUSED)
                    .hasMessageNotContaining(value);
        }

        @ParameterizedTest(name = "{0}")
        @ValueSource(
                strings = {
                    // a French number in national form (ARCEP plan)
                    "0612345678",
                    "res-0612345678",
                    "res0612345678",
                    // international form with 00 and bare with its country code, without the +
                    // (ITU-T E.164: a country code and at most 15 digits)
                    "0033612345678",
                    "33612345678",
                    "acct_33612345678",
                    "590690123456",
                    "262692123456",
                    // digit groups written apart
                    "06.12.34.56.78",
                    "06-12-34-56-78",
                    "06_12_34_56_78",
                    "06:12:34:56:78",
                    "0612.345.678",
                    "06-12345678",
                    "0033-6-12-34-56-78",
                    "00.33.6.12.34.56.78",
                    "33-6-12-34-56-78",
                    "1-555-123-4567",
                    "res-06.12.34.56.78",
                    // glued to a few hexadecimal letters, it is not a random key
                    "0612345678abcdef"
                })
        void refusesAPhoneNumber(String value) {
            assertThatThrownBy(() -> SubjectRef.of(value))
                    .isInstanceOf(IllegalArgumentException.class)
                    .hasMessage(REFUSED)
                    .hasMessageNotContaining(value);
        }

        @ParameterizedTest(name = "{0}")
        @ValueSource(strings = {"+33612345678", "06 12 34 56 78", "jean.dupont@exemple.fr"})
        void refusesOtherCharactersWithoutEchoingThem(String value) {
            assertThatThrownBy(() -> SubjectRef.of(value))
                    .isInstanceOf(IllegalArgumentException.class)
                    .hasMessage(
                            "A subject reference is an opaque id of 1 to 64 letters, digits or"
                                    + " . _ : -");
        }
    }
}
