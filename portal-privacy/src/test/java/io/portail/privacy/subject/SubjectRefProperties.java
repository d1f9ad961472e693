package io.portail.privacy.subject;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Locale;
import java.util.UUID;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;
import net.jqwik.api.constraints.LongRange;

class SubjectRefProperties {
    @Property(tries = 5000)
    void aUuidIsNeverRefused(
            @ForAll long most,
            @ForAll long least,
            @ForAll boolean upperCase,
            @ForAll @IntRange(min = 0, max = 2) int prefix) {
        // RFC 9562: a UUID is random or time-based, its digit runs chance; "uuid" is in the
        // string, however many digits its groups hold.
        String uuid = new UUID(most, least).toString();
        String value =
                new String[] {"", "res-", "urn:uuid:"}[prefix]
                        + (upperCase ? uuid.toUpperCase(Locale.ROOT) : uuid);

        assertThat(SubjectRef.of(value).value()).isEqualTo(value);
    }

    @Property(tries = 2000)
    void aUuidOfDigitsOnlyIsNeverRefused(
            @ForAll @LongRange(min = 0, max = 99_999_999L) long first,
            @ForAll @LongRange(min = 0, max = 999_999_999_999L) long last,
            @ForAll @IntRange(min = 0, max = 9999) int middle) {
        String group = String.format(Locale.ROOT, "%04d", middle);
        String value =
                String.format(Locale.ROOT, "%08d-%s-%s-%s-%012d", first, group, group, group, last);

        assertThat(SubjectRef.of(value).value()).isEqualTo(value);
    }

    @Property(tries = 2000)
    void aFrenchMobileNumberIsRefusedInEveryForm(
            @ForAll @IntRange(min = 6, max = 7) int mobile,
            @ForAll @IntRange(min = 0, max = 99_999_999) int subscriber,
            @ForAll @IntRange(min = 0, max = 5) int form,
            @ForAll @IntRange(min = 0, max = 4) int separator,
            @ForAll @IntRange(min = 0, max = 2) int prefix) {
        // ARCEP plan: 06 and 07 are mobile numbers, +33 6 or 7 from abroad (ITU-T E.164).
        String digits = String.format(Locale.ROOT, "%d%08d", mobile, subscriber);
        String sep = new String[] {"", ".", "-", "_", ":"}[separator];
        String pairs = String.join(sep, digits.substring(1).split("(?<=\\G..)"));
        String written =
                switch (form) {
                    case 0 -> "0" + digits;
                    case 1 -> "0033" + digits;
                    case 2 -> "33" + digits;
                    case 3 -> "0" + mobile + sep + pairs;
                    case 4 -> "0033" + sep + mobile + sep + pairs;
                    default -> "33" + sep + mobile + sep + pairs;
                };
        String value = new String[] {"", "res-", "id"}[prefix] + written;

        assertThatThrownBy(() -> SubjectRef.of(value))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageNotContaining(value)
                .hasMessageNotContaining(digits);
    }
}
