package io.portail.core.event;

import static org.assertj.core.api.Assertions.assertThat;

import io.portail.core.json.CloudEventJson;
import io.portail.core.reference.Reference;
import io.portail.core.request.RequestStatus;
import java.net.URI;
import java.time.Instant;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

class CloudEventJsonTests {
    @Nested
    class StructuredMode {
        @Test
        void writesTheRequiredAttributesAndDataWithoutPersonalData() {
            // CloudEvents 1.0, JSON event format, structured content mode.
            Reference reference = Reference.of("TV", "4KX7P9M3");
            DomainEvent event =
                    new DomainEvent(
                            reference.compact() + "-3",
                            URI.create("urn:portail:45998"),
                            DomainEvent.TYPE_PREFIX + "incomplete",
                            Instant.parse("2026-03-20T10:00:00Z"),
                            reference,
                            "birth-record",
                            RequestStatus.RECEIVED,
                            RequestStatus.INCOMPLETE,
                            3);

            assertThat(CloudEventJson.write(event))
                    .isEqualTo(
                            "{\"data\":{\"previousStatus\":\"received\",\"procedure\":\"birth-record\","
                                    + "\"reference\":\"TV-4KX7-P9M3-C\",\"status\":\"incomplete\",\"version\":3},"
                                    + "\"datacontenttype\":\"application/json\","
                                    + "\"id\":\"TV4KX7P9M3C-3\",\"source\":\"urn:portail:45998\","
                                    + "\"specversion\":\"1.0\",\"subject\":\"TV-4KX7-P9M3-C\","
                                    + "\"time\":\"2026-03-20T10:00:00Z\","
                                    + "\"type\":\"fr.portail.request.incomplete\"}");
        }
    }
}
