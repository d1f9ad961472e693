package io.portail.core.receipt;

import static org.assertj.core.api.Assertions.assertThat;

import net.jqwik.api.ForAll;
import net.jqwik.api.Property;

class HtmlEscapeProperties {
    /** Reads back the entities the escaper writes. */
    static String unescape(String html) {
        return html.replace("&lt;", "<")
                .replace("&gt;", ">")
                .replace("&quot;", "\"")
                .replace("&#39;", "'")
                .replace("&#96;", "`")
                .replace("&#61;", "=")
                .replace("&amp;", "&");
    }

    @Property(tries = 2000)
    void leavesNoCharacterThatOpensATagOrEndsAnAttribute(@ForAll String value) {
        String attribute = HtmlEscape.attribute(value);

        assertThat(attribute).doesNotContain("<", ">", "\"", "'", "`", "=");
        assertThat(HtmlEscape.text(value)).doesNotContain("<", ">", "\"", "'");
    }

    @Property(tries = 2000)
    void readsBackToTheValueWhenItHasNoControlCharacter(@ForAll String value) {
        String clean =
                value.replaceAll("[\\x00-\\x08\\x0B\\x0C\\x0E-\\x1F\\x7F-\\x9F]|\\p{Cs}", "");

        assertThat(unescape(HtmlEscape.attribute(clean))).isEqualTo(clean);
    }
}
