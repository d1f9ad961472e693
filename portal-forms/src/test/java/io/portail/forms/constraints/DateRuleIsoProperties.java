package io.portail.forms.constraints;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.LongRange;

/** The rule writes its normalised date as {@link LocalDate#toString()} does (ISO 8601). */
class DateRuleIsoProperties {
    @Property(tries = 2000)
    void writesEveryDateAsJavaTimeDoes(
            @ForAll @LongRange(min = -1_000_000, max = 4_000_000) long epochDay) {
        // From year -768 to year 12 921: outside years 0 to 9999, the rule leaves it to java.time.
        LocalDate date = LocalDate.ofEpochDay(epochDay);

        assertThat(DateRule.iso(date)).isEqualTo(date.toString());
    }
}
