package io.portail.core.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.ZoneId;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * The name of the time of a moment: in the hour Paris lives twice when clocks go back (the last
 * Sunday of October, 2:00 to 3:00; Directive 2000/84/EC art. 2), summer and winter time are told
 * apart, so that two moments an hour apart never read the same.
 */
class ZoneTextsTests {
    @ParameterizedTest(name = "{0} in {1}")
    @CsvSource(
            delimiter = '|',
            textBlock =
                    """
            2026-10-25T00:30:00Z | Europe/Paris     | heure d'été de Paris   | Paris summer time
            2026-10-25T01:30:00Z | Europe/Paris     | heure d'hiver de Paris | Paris winter time
            2026-10-25T02:30:00Z | Europe/Paris     | heure de Paris         | Paris time
            2026-03-29T01:30:00Z | Europe/Paris     | heure de Paris         | Paris time
            2026-11-01T03:30:00Z | America/Miquelon | heure d'été locale     | local summer time
            2026-11-01T04:30:00Z | America/Miquelon | heure d'hiver locale   | local winter time
            2026-10-25T00:30:00Z | Indian/Reunion   | heure locale           | local time
            """)
    void namesTheHourAndTellsTheRepeatedHourApart(
            String instant, String zone, String french, String english) {
        var at = Instant.parse(instant).atZone(ZoneId.of(zone));

        assertThat(ZoneTexts.label(at, false)).isEqualTo(french);
        assertThat(ZoneTexts.label(at, true)).isEqualTo(english);
    }
}
