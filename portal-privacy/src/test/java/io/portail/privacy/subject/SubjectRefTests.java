package io.portail.privacy.subject;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class SubjectRefTests {
    @ParameterizedTest(name = "{0}")
    @ValueSource(
            strings = {
                "3f2504e0-4f89-11d3-9a0c-0305e82c3301",
                "account-17",
                "1733333333333",
                "res:0002",
                "ab12cdefabcdef0123456789abcdef01",
                "123456789012345"
            })
    void takesOpaqueIds(String value) {
        assertThat(SubjectRef.of(value).value()).isEqualTo(value);
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(
            strings = {
                // invented numbers of the shapes that identify a person by themselves: a NIR
                // without and with its key (décret 82-103), a phone number (ARCEP plan), an IBAN
                // (ISO 13616-1), an email
                "1850578006084",
                "185057800608491",
                "0612345678",
                "FR7630006000011234567890189",
                "jean.dupont@exemple.fr"
            })
    void refusesValuesThatIdentifyAPersonByThemselves(String value) {
        assertThatThrownBy(() -> SubjectRef.of(value))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageNotContaining(value);
    }
}
