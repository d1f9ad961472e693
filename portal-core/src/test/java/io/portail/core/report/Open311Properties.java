package io.portail.core.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/** The detailed status survives a trip through Open311's open and closed. */
class Open311Properties {

    @Provide
    Arbitrary<String> notes() {
        return Arbitraries.oneOf(
                Arbitraries.just(""),
                Arbitraries.strings().withCharRange(' ', '~').withChars("éà’«»\n").ofMaxLength(80));
    }

    @Property(tries = 300)
    void statusAndNoteReadBackAsWritten(@ForAll ReportStatus status, @ForAll("notes") String note) {
        ReportDesk desk =
                ReportDeskTests.desk(Clock.fixed(ReportDeskTests.NOW, ReportDeskTests.PARIS));
        desk.submit("pothole", ReportLocation.at(ReportDeskTests.TOWN_HALL), "", List.of(), null);
        desk.submit("pothole", ReportLocation.at(ReportDeskTests.TOWN_HALL), "", List.of(), null);
        if (status != ReportStatus.RECEIVED) {
            desk.update("SIG-2", status, note, status == ReportStatus.DUPLICATE ? "SIG-1" : null);
        }
        Report written = desk.report("SIG-2").orElseThrow();

        Open311Request read =
                Open311.read(
                                "export.json",
                                Open311.write(
                                        List.of(written), desk, ReportDeskTests.PARIS, "Mairie"))
                        .get(0);

        assertThat(read.status()).isEqualTo(status);
        assertThat(read.closed()).isEqualTo(status.isClosed());
        String expected =
                status == ReportStatus.DUPLICATE
                        ? (written.statusNote().isEmpty()
                                ? "SIG-1"
                                : "SIG-1 " + written.statusNote())
                        : written.statusNote();
        assertThat(read.note()).isEqualTo(expected);
    }
}
