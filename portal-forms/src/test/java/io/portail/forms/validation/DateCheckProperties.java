package io.portail.forms.validation;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.LongRange;

/** The date check's own reading and writing of dates agree with java.time's formatters. */
class DateCheckProperties {
    private static final DateTimeFormatter FRENCH = DateTimeFormatter.ofPattern("dd/MM/uuuu");

    @Property(tries = 2000)
    void readsAndWritesEveryDateOfYearsOneToNineThousandNineHundredNinetyNine(
            @ForAll @LongRange(min = -719162, max = 2932896) long epochDay) {
        // Epoch days -719162 and 2932896 are 0001-01-01 and 9999-12-31.
        LocalDate date = LocalDate.ofEpochDay(epochDay);
        String iso = date.toString();

        assertThat(DateCheck.fromIso(iso)).isEqualTo(date);
        assertThat(DateCheck.display(iso)).isEqualTo(FRENCH.format(date));
    }
}
