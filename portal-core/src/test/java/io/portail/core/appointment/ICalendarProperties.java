package io.portail.core.appointment;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/** RFC 5545 3.1 and 3.3.11 for any text, including non-ASCII and characters outside the BMP. */
class ICalendarProperties {

    @Provide
    Arbitrary<String> texts() {
        Arbitrary<String> ascii = Arbitraries.strings().ascii().ofMaxLength(300);
        // Whole code points only: a lone surrogate is not text and has no UTF-8 encoding.
        Arbitrary<String> any =
                Arbitraries.oneOf(
                                Arbitraries.strings()
                                        .withCharRange('\u0020', '\uD7FF')
                                        .ofMaxLength(5),
                                Arbitraries.of("😀", "€", "é", "’", "\n", ";", ",", "\\", " "))
                        .list()
                        .ofMaxSize(80)
                        .map(parts -> String.join("", parts));
        return Arbitraries.oneOf(ascii, any);
    }

    @Property
    void foldedLinesStayWithin75OctetsAndUnfoldBack(@ForAll("texts") String text) {
        String line = "DESCRIPTION:" + ICalendar.escape(text);

        String folded = ICalendar.fold(line);

        for (String part : folded.split("\r\n", -1)) {
            byte[] octets = part.getBytes(StandardCharsets.UTF_8);
            assertThat(octets.length).isLessThanOrEqualTo(75);
            assertThat(new String(octets, StandardCharsets.UTF_8)).isEqualTo(part);
        }
        assertThat(folded.replace("\r\n ", "")).isEqualTo(line);
    }

    @Property
    void escapedTextHoldsNoLineBreakAndNoBareSeparator(@ForAll("texts") String text) {
        String escaped = ICalendar.escape(text);

        assertThat(escaped).doesNotContain("\n").doesNotContain("\r");
        String withoutPairs = escaped.replace("\\\\", "").replace("\\;", "").replace("\\,", "");
        assertThat(withoutPairs).doesNotContain(";").doesNotContain(",");
    }
}
