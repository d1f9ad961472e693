package io.portail.forms.value;

import static org.assertj.core.api.Assertions.assertThat;

import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

class TextProperties {
    @Property(tries = 2000)
    void normaliseIsIdempotent(@ForAll("messyText") String text) {
        String once = Text.normalise(text);

        assertThat(Text.normalise(once)).isEqualTo(once);
    }

    @Property(tries = 2000)
    void normaliseIsIdempotentOnAnyString(@ForAll String text) {
        String once = Text.normalise(text);

        assertThat(Text.normalise(once)).isEqualTo(once);
    }

    /** The one-pass shortcut for plain text changes nothing that the whole normalisation would. */
    @Property(tries = 5000)
    void theShortcutForPlainTextAgreesWithTheWholeNormalisation(
            @ForAll("nearlyPlainText") String text) {
        assertThat(Text.normalise(text)).isEqualTo(Text.normaliseFully(text));
    }

    @Property(tries = 2000)
    void theShortcutAgreesOnAnyString(@ForAll String text) {
        assertThat(Text.normalise(text)).isEqualTo(Text.normaliseFully(text));
    }

    @Provide
    Arbitrary<String> nearlyPlainText() {
        return Arbitraries.strings()
                .withCharRange(' ', '\u0302')
                .withChars("\t\n\u00A0\u00AD\u00B4\u02BC\u2019\u200B\u200E\u200F\u2060\u2063")
                .withCharRange('\u2000', '\u2034')
                .withChars("\u20AC\uFEFF\uFF07\u2060\u1100\u1161\u0345\u0CD5\u061C\u180E")
                .ofMaxLength(20);
    }

    @Property
    void normalisedTextHasNoOuterOrDoubledSpaces(@ForAll("messyText") String text) {
        String normalised = Text.normalise(text);

        assertThat(normalised).doesNotStartWith(" ").doesNotEndWith(" ").doesNotContain("  ");
        assertThat(normalised)
                .doesNotContain("\u2019", "\u00A0", "\t", "\u200B", "\u200E", "\u200F", "\u2060");
    }

    @Provide
    Arbitrary<String> messyText() {
        return Arbitraries.strings()
                .withChars(
                        "aeE\u0301\u0300\u00E9 \u00A0\u202F\t\n'\u2019\u02BC\u200B\u200E\u200F\u2060\uFEFF\u00AD\u061C-")
                .withCharRange('\u0300', '\u036F')
                .ofMaxLength(30);
    }
}
