package io.portail.forms.validation;

import static org.assertj.core.api.Assertions.assertThat;

import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.StringLength;

/** The canonical text of composite answers, whose length is worked out before it is written. */
class CanonicalProperties {
    @Property
    void theLengthWorkedOutIsTheLengthWritten(
            @ForAll @StringLength(max = 30) String name,
            @ForAll @StringLength(max = 1200) String text) {
        StringBuilder out = new StringBuilder();

        Canonical.append(out, name, text);

        assertThat(Canonical.length(name, text)).isEqualTo(out.length());
        assertThat(out.toString()).isEqualTo(name + "=" + text.length() + ":" + text + ";");
    }
}
