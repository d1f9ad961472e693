package io.portail.core.report;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.portail.privacy.json.JsonInputException;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

class Open311Tests {
    private static final String AGENCY = "Mairie de Saint-Exemple, services techniques";

    private final ReportDesk desk =
            ReportDeskTests.desk(Clock.fixed(ReportDeskTests.NOW, ReportDeskTests.PARIS));

    @Nested
    class Writing {
        /**
         * GeoReport v2: richer statuses become open or closed, the detail stays in status_notes.
         */
        @Test
        void writesServiceRequestsWithTheStatusDetailInTheNotes() {
            SubmitResult.Accepted first =
                    (SubmitResult.Accepted)
                            desk.submit(
                                    "pothole",
                                    ReportLocation.at(ReportDeskTests.TOWN_HALL),
                                    "Trou profond devant l'école",
                                    List.of(),
                                    "resident-1");
            SubmitResult.Accepted second =
                    (SubmitResult.Accepted)
                            desk.submit(
                                    "pothole",
                                    new ReportLocation(
                                            ReportDeskTests.TOWN_HALL, "1 place de la Mairie"),
                                    "",
                                    List.of(),
                                    null);
            desk.update(first.report().id(), ReportStatus.IN_PROGRESS, "Rebouchage ce matin", null);
            desk.update(second.report().id(), ReportStatus.DUPLICATE, "", first.report().id());

            String json = Open311.write(desk.reports(), desk, ReportDeskTests.PARIS, AGENCY);

            assertThat(json)
                    .isEqualToNormalizingNewlines(
                            "[ {\n"
                                    + "  \"service_request_id\" : \"SIG-1\",\n"
                                    + "  \"status\" : \"open\",\n"
                                    + "  \"status_notes\" : \"[in-progress] Rebouchage ce matin\",\n"
                                    + "  \"service_name\" : \"Nid-de-poule\",\n"
                                    + "  \"service_code\" : \"pothole\",\n"
                                    + "  \"description\" : \"Trou profond devant l'école\",\n"
                                    + "  \"agency_responsible\" : \""
                                    + AGENCY
                                    + "\",\n"
                                    + "  \"requested_datetime\" : \"2026-03-16T10:00:00+01:00\",\n"
                                    + "  \"updated_datetime\" : \"2026-03-16T10:00:00+01:00\",\n"
                                    + "  \"lat\" : 47.9029,\n"
                                    + "  \"long\" : 1.9092\n"
                                    + "}, {\n"
                                    + "  \"service_request_id\" : \"SIG-2\",\n"
                                    + "  \"status\" : \"closed\",\n"
                                    + "  \"status_notes\" : \"[duplicate] SIG-1\",\n"
                                    + "  \"service_name\" : \"Nid-de-poule\",\n"
                                    + "  \"service_code\" : \"pothole\",\n"
                                    + "  \"description\" : \"\",\n"
                                    + "  \"agency_responsible\" : \""
                                    + AGENCY
                                    + "\",\n"
                                    + "  \"requested_datetime\" : \"2026-03-16T10:00:00+01:00\",\n"
                                    + "  \"updated_datetime\" : \"2026-03-16T10:00:00+01:00\",\n"
                                    + "  \"address\" : \"1 place de la Mairie\",\n"
                                    + "  \"lat\" : 47.9029,\n"
                                    + "  \"long\" : 1.9092\n"
                                    + "} ]");
            assertThat(json).doesNotContain("resident-1");
        }

        @Test
        void readsBackWhatItWrites() {
            desk.submit(
                    "graffiti",
                    ReportLocation.at(ReportDeskTests.TOWN_HALL),
                    "Tag « rouge », mur nord",
                    List.of(),
                    null);
            desk.update("SIG-1", ReportStatus.NOT_OUR_RESPONSIBILITY, "Mur privé", null);

            List<Open311Request> requests =
                    Open311.read(
                            "export.json",
                            Open311.write(desk.reports(), desk, ReportDeskTests.PARIS, AGENCY));

            Open311Request request = requests.get(0);
            assertThat(request.status()).isEqualTo(ReportStatus.NOT_OUR_RESPONSIBILITY);
            assertThat(request.note()).isEqualTo("Mur privé");
            assertThat(request.closed()).isTrue();
            assertThat(request.description()).isEqualTo("Tag « rouge », mur nord");
            assertThat(request.point()).isEqualTo(ReportDeskTests.TOWN_HALL);
            assertThat(request.requestedAt()).isEqualTo(ReportDeskTests.NOW);
        }
    }

    @Nested
    class Reading {
        private static final String OTHER =
                "[{\"service_request_id\":\"638344\",\"status\":\"closed\","
                        + "\"status_notes\":\"Duplicate request.\",\"service_name\":\"Sidewalk\","
                        + "\"service_code\":\"006\",\"description\":null,"
                        + "\"agency_responsible\":null,\"service_notice\":null,"
                        + "\"requested_datetime\":\"2010-04-14T06:37:38-08:00\","
                        + "\"updated_datetime\":\"2010-04-14T06:37:38-08:00\","
                        + "\"expected_datetime\":\"2010-04-15T06:37:38-08:00\","
                        + "\"address\":\"8TH AVE and JUDAH ST\",\"address_id\":545483,"
                        + "\"zipcode\":94122,\"lat\":37.762221815,\"long\":-122.4651145,"
                        + "\"media_url\":\"http://city.example/media/638344.jpg\"}]";

        @Test
        void mapsAnotherSystemsOpenAndClosedToReceivedAndFixed() {
            Open311Request request = Open311.read("other.json", OTHER).get(0);

            assertThat(request.status()).isEqualTo(ReportStatus.FIXED);
            assertThat(request.note()).isEqualTo("Duplicate request.");
            assertThat(request.requestedAt()).isEqualTo(Instant.parse("2010-04-14T14:37:38Z"));
            assertThat(request.mediaUrl()).isEqualTo("http://city.example/media/638344.jpg");
            assertThat(request.toString()).doesNotContain("JUDAH");
        }

        @Test
        void refusesAnUnknownPropertyWithItsPath() {
            String json = OTHER.replace("\"zipcode\"", "\"zip_code\"");

            assertThatThrownBy(() -> Open311.read("other.json", json))
                    .isInstanceOf(JsonInputException.class)
                    .hasMessageContaining("$[0].zip_code")
                    .hasMessageContaining("Unknown property");
        }

        @Test
        void refusesAStatusOtherThanOpenOrClosed() {
            String json = OTHER.replace("\"status\":\"closed\"", "\"status\":\"fixed\"");

            assertThatThrownBy(() -> Open311.read("other.json", json))
                    .isInstanceOf(JsonInputException.class)
                    .hasMessageContaining("$[0].status")
                    .hasMessageContaining("Expected open or closed");
        }

        @Test
        void refusesARequestWithoutPlace() {
            String json =
                    "[{\"service_request_id\":\"1\",\"status\":\"open\",\"service_code\":\"x\","
                            + "\"requested_datetime\":\"2026-03-16T10:00:00+01:00\"}]";

            assertThatThrownBy(() -> Open311.read("other.json", json))
                    .isInstanceOf(JsonInputException.class)
                    .hasMessageContaining("A service request has an address or lat and long");
        }

        @Test
        void refusesADateWithoutOffset() {
            String json =
                    OTHER.replace(
                            "2010-04-14T06:37:38-08:00\",\"updated",
                            "2010-04-14T06:37:38\",\"updated");

            assertThatThrownBy(() -> Open311.read("other.json", json))
                    .isInstanceOf(JsonInputException.class)
                    .hasMessageContaining("$[0].requested_datetime");
        }

        /** Cases F09 and F10: hostile documents fail fast with an ordinary error. */
        @Test
        @Timeout(5)
        void refusesDeepNestingAndHugeNumbers() {
            String deep = "[".repeat(100_000) + "]".repeat(100_000);
            String huge = OTHER.replace("37.762221815", "1e1000000000");

            assertThatThrownBy(() -> Open311.read("deep.json", deep))
                    .isInstanceOf(JsonInputException.class);
            assertThatThrownBy(() -> Open311.read("huge.json", huge))
                    .isInstanceOf(JsonInputException.class);
            assertThat(Open311.read("other.json", OTHER)).hasSize(1);
        }
    }
}
