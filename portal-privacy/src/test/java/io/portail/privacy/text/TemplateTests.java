package io.portail.privacy.text;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import org.junit.jupiter.api.Test;

class TemplateTests {
    @Test
    void fillsEachPlaceholder() {
        assertThat(Template.fill("Saisissez {name} ({max})", Map.of("name", "le nom", "max", "3")))
                .isEqualTo("Saisissez le nom (3)");
    }

    @Test
    void neverReadsAnInsertedValueAgain() {
        // Case F08: a value holding braces or an expression stays literal.
        assertThat(Template.fill("{a} {b}", Map.of("a", "{b} ${1+1}", "b", "x")))
                .isEqualTo("{b} ${1+1} x");
    }

    @Test
    void leavesUnknownPlaceholdersAndLoneBraces() {
        assertThat(Template.fill("{unknown} { and }", Map.of())).isEqualTo("{unknown} { and }");
    }
}
