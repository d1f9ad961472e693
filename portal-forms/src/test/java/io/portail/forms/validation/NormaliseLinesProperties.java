package io.portail.forms.validation;

import static org.assertj.core.api.Assertions.assertThat;

import io.portail.forms.value.Text;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.Chars;
import net.jqwik.api.constraints.StringLength;
import org.junit.jupiter.api.Test;

/**
 * A long text is normalised line by line: a line ends with LF, CRLF or CR, each line is normalised
 * as a short text, and the text loses its blank lines at both ends.
 */
class NormaliseLinesProperties {
    /** The rule as written: unify the line ends, split, normalise each line, strip the whole. */
    private static String written(String text) {
        String[] lines = text.replace("\r\n", "\n").replace('\r', '\n').split("\n", -1);
        StringBuilder out = new StringBuilder();
        for (String line : lines) {
            if (out.length() > 0) {
                out.append('\n');
            }
            out.append(Text.normalise(line));
        }
        return out.toString().strip();
    }

    @Property(tries = 3000)
    void readsEachLineAsTheWrittenRuleDoes(
            @ForAll @StringLength(max = 40) @Chars({'a', 'é', ' ', '\n', '\r', '’', '\u00A0', '\t'})
                    String text) {
        assertThat(FieldChecks.normaliseLines(text)).isEqualTo(written(text));
    }

    @Property(tries = 1000)
    void readsAnyTextAsTheWrittenRuleDoes(@ForAll @StringLength(max = 60) String text) {
        assertThat(FieldChecks.normaliseLines(text)).isEqualTo(written(text));
    }

    @Test
    void keepsTheLinesOfAnAllergyNote() {
        assertThat(FieldChecks.normaliseLines("  Arachide.\r\n\r\nPas de fruits à coque.\r"))
                .isEqualTo("Arachide.\n\nPas de fruits à coque.");
        assertThat(FieldChecks.normaliseLines("\n\n l’œuf \n")).isEqualTo("l'œuf");
    }
}
