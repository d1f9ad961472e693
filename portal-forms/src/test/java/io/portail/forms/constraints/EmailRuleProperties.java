package io.portail.forms.constraints;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.IDN;
import java.util.Locale;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/** The shortcut for plain ASCII domains gives what IDNA (RFC 3490) gives. */
class EmailRuleProperties {
    @Property(tries = 3000)
    void aPlainDomainIsLeftAsItIsByBothConversions(@ForAll("domains") String domain) {
        if (!EmailRule.isPlainAscii(domain)) {
            return;
        }
        String ascii = IDN.toASCII(domain, IDN.USE_STD3_ASCII_RULES);

        assertThat(ascii).isEqualTo(domain);
        String lower = ascii.toLowerCase(Locale.ROOT);
        assertThat(IDN.toUnicode(lower, IDN.USE_STD3_ASCII_RULES)).isEqualTo(lower);
    }

    @Property(tries = 3000)
    void theRuleAcceptsAPlainDomainExactlyWhenIdnaDoes(@ForAll("domains") String domain) {
        boolean idnaAccepts;
        try {
            IDN.toASCII(domain, IDN.USE_STD3_ASCII_RULES);
            idnaAccepts = true;
        } catch (IllegalArgumentException e) {
            idnaAccepts = false;
        }
        if (EmailRule.isPlainAscii(domain)) {
            assertThat(idnaAccepts).isTrue();
        }
    }

    @Provide
    Arbitrary<String> domains() {
        Arbitrary<String> label =
                Arbitraries.oneOf(
                        Arbitraries.strings().withChars("abzAZ09-").ofMinLength(0).ofMaxLength(8),
                        Arbitraries.strings().withChars("a").ofLength(63),
                        Arbitraries.strings().withChars("b").ofLength(64),
                        Arbitraries.of("xn--bcher-kva", "XN--a", "éte", "a_b"));
        return label.list().ofMinSize(1).ofMaxSize(4).map(labels -> String.join(".", labels));
    }
}
