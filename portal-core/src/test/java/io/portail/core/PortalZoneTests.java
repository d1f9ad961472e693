package io.portail.core;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.portail.core.procedure.Catalogue;
import io.portail.core.procedure.Commune;
import io.portail.core.request.Submission;
import io.portail.core.request.SubmissionResult;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import org.junit.jupiter.api.Test;

/**
 * A portal reckons legal dates in the zone of the commune's territory (CRPA L114-3 and L231-1 count
 * from the day of receipt where the commune is): a catalogue that gives a commune another zone is
 * refused when the portal is built, rather than dating requests a day off.
 */
class PortalZoneTests {
    private static Catalogue catalogueOf(String inseeCode, String zone) {
        Catalogue catalogue = TestCommune.catalogue();
        Commune commune = catalogue.commune();
        return new Catalogue(
                new Commune(
                        commune.name(), inseeCode, ZoneId.of(zone), commune.administrativeCourt()),
                catalogue.procedures(),
                catalogue.register());
    }

    private static Portal portal(Catalogue catalogue) {
        return Portal.builder(catalogue)
                .clock(Clock.fixed(Instant.parse("2026-03-16T21:30:00Z"), ZoneId.of("UTC")))
                .build();
    }

    @Test
    void refusesACommuneOfLaReunionReckonedInParisTime() {
        // Found by a review: 21:30 UTC on 16 March is 01:30 on 17 March in Saint-Denis, but the
        // receipt said 16 March and every deadline followed a day early.
        assertThatThrownBy(() -> portal(catalogueOf("97411", "Europe/Paris")))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage(
                        "The commune 97411 is given the zone Europe/Paris, but its territory"
                                + " reckons legal dates in Indian/Reunion; give it that zone");
    }

    @Test
    void refusesAMetropolitanCommuneReckonedInAnOverseasZone() {
        assertThatThrownBy(() -> portal(catalogueOf("45234", "America/Guadeloupe")))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("reckons legal dates in Europe/Paris");
    }

    @Test
    void tellsApartTwoReceiptsAnHourApartWhenParisClocksGoBack() {
        // Found by a review: 00:30 and 01:30 UTC on 25 October 2026 both read « 2 h 30 (heure de
        // Paris) ».
        String first = receivedAt("2026-10-25T00:30:00Z");
        String second = receivedAt("2026-10-25T01:30:00Z");

        assertThat(first)
                .contains(
                        "a bien reçu votre demande le dimanche 25 octobre 2026 à 2 h 30 (heure"
                                + " d'été de Paris).");
        assertThat(second)
                .contains(
                        "a bien reçu votre demande le dimanche 25 octobre 2026 à 2 h 30 (heure"
                                + " d'hiver de Paris).");
    }

    private static String receivedAt(String instant) {
        Portal portal =
                Portal.builder(TestCommune.catalogue())
                        .clock(Clock.fixed(Instant.parse(instant), ZoneId.of("UTC")))
                        .build();
        SubmissionResult result =
                portal.submit(
                        new Submission(
                                "birth-record",
                                PortalTests.answers(),
                                io.portail.core.request.Channel.ONLINE,
                                "key-" + instant));
        assertThat(result).isInstanceOf(SubmissionResult.Accepted.class);
        return io.portail.core.receipt.ReceiptText.render(
                ((SubmissionResult.Accepted) result).receipt(), java.util.Locale.FRENCH);
    }

    @Test
    void acceptsTheZoneOfTheTerritory() {
        assertThat(portal(catalogueOf("97411", "Indian/Reunion")).catalogue().commune().zone())
                .isEqualTo(ZoneId.of("Indian/Reunion"));
        assertThat(portal(catalogueOf("2A004", "Europe/Paris"))).isNotNull();
    }
}
