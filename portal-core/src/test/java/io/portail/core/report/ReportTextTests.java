package io.portail.core.report;

import static org.assertj.core.api.Assertions.assertThat;

import io.portail.privacy.text.LocalizedText;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

class ReportTextTests {
    private static final ReportCategory LIGHTING =
            new ReportCategory(
                    "lighting", new LocalizedText("Éclairage public", "Street lighting"));
    private static final Instant AT = Instant.parse("2026-03-16T09:00:00Z");

    private static Report report(String reporter, ReportStatus status, String note) {
        return new Report(
                "SIG-2",
                "lighting",
                ReportLocation.at(new GeoPoint(47.9, 1.9)),
                "",
                List.of(),
                reporter,
                AT,
                status,
                note,
                AT,
                null);
    }

    @Nested
    class Received {
        @Test
        void tellsAnAnonymousReporterToKeepTheNumber() {
            LocalizedText text =
                    ReportText.received(report(null, ReportStatus.RECEIVED, ""), LIGHTING);

            assertThat(text.fr())
                    .isEqualTo(
                            "Votre signalement n° SIG-2 (Éclairage public) est bien reçu. Merci :"
                                    + " les services de la mairie vont s'en occuper. Notez son"
                                    + " numéro pour suivre où il en est.");
            assertThat(text.en())
                    .isEqualTo(
                            "Your report no. SIG-2 (Street lighting) has been received. Thank you:"
                                    + " the town hall's services will deal with it. Keep its number"
                                    + " to follow where it stands.");
        }

        @Test
        void promisesNewsToAnIdentifiedReporter() {
            assertThat(ReportText.received(report("r", ReportStatus.RECEIVED, ""), LIGHTING).fr())
                    .endsWith("Vous serez prévenu quand il sera traité.");
        }
    }

    @Nested
    class Status {
        @Test
        void givesTheStatusAndTheNoteAsASentence() {
            LocalizedText text =
                    ReportText.status(report(null, ReportStatus.PLANNED, "Jeudi matin"));

            assertThat(text.fr())
                    .isEqualTo("Signalement n° SIG-2 : Intervention prévue. Jeudi matin.");
            assertThat(text.en()).isEqualTo("Report no. SIG-2: Repair planned. Jeudi matin.");
        }
    }
}
