package io.portail.forms.validation;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** An address read back on lines, as on an envelope (invented addresses). */
class AddressAnswerTests {
    @Test
    void writesEachShapeOfAddressOnItsLines() {
        assertThat(address(null, null).lines()).isEqualTo("rue de l'Église\n45000 Orléans");
        assertThat(address("12 bis", null).lines())
                .isEqualTo("12 bis rue de l'Église\n45000 Orléans");
        assertThat(address(null, "Bâtiment B").lines())
                .isEqualTo("Bâtiment B\nrue de l'Église\n45000 Orléans");
        assertThat(address("12 bis", "Bâtiment B").lines())
                .isEqualTo("Bâtiment B\n12 bis rue de l'Église\n45000 Orléans");
    }

    @Test
    void readsBackOnOneLineAndKeepsACanonicalText() {
        AddressAnswer address = address("12 bis", "Bâtiment B");

        assertThat(address.lines(", "))
                .isEqualTo("Bâtiment B, 12 bis rue de l'Église, 45000 Orléans");
        assertThat(address.lines(",")).isEqualTo("Bâtiment B,12 bis rue de l'Église,45000 Orléans");
        assertThat(address.toString()).isEqualTo("AddressAnswer[***]");
    }

    private static AddressAnswer address(String number, String complement) {
        return new AddressAnswer(
                number, "rue de l'Église", complement, "45000", "45234", "Orléans");
    }
}
