package io.portail.privacy.subject;

import static org.assertj.core.api.Assertions.assertThat;

import io.portail.privacy.SaintExemple;
import io.portail.privacy.category.DataCategory;
import io.portail.privacy.retention.Purge;
import io.portail.privacy.retention.RetainedRecord;
import io.portail.privacy.retention.RetentionPlanner;
import io.portail.privacy.retention.RetentionSchedule;
import io.portail.privacy.retention.RetentionTrigger;
import io.portail.privacy.testing.LogLeakDetector;
import io.portail.privacy.text.LocalizedText;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

class NoPersonalDataInLogsTests {
    static final String EMAIL = "camille.exemple@example.org";
    static final String IBAN = "FR7630006000011234567890189";

    @Nested
    class FailingExtensions {
        @Test
        void aFailingSourceIsLoggedWithoutTheValuesInItsMessage() {
            PersonalDataSource leaky =
                    new PersonalDataSource() {
                        @Override
                        public String id() {
                            return "leaky";
                        }

                        @Override
                        public List<PersonalDataItem> find(SubjectRef subject) {
                            return List.of(
                                    new PersonalDataItem(
                                            "leaky",
                                            "nl-1",
                                            "newsletter",
                                            DataCategory.EMAIL,
                                            new LocalizedText("E-mail", "Email"),
                                            EMAIL,
                                            null,
                                            false,
                                            true));
                        }

                        @Override
                        public boolean erase(SubjectRef subject, String itemId) {
                            throw new IllegalStateException("Cannot delete " + EMAIL + " " + IBAN);
                        }
                    };
            var requests = new SubjectRequests(SaintExemple.register(), List.of(leaky));
            var request =
                    SubjectRequest.of(
                            "dsr-1",
                            RequestType.ERASURE,
                            SubjectRef.of("res-1"),
                            LocalDate.of(2026, 3, 16));

            String log =
                    LogLeakDetector.assertNoLeak(
                            List.of(EMAIL, IBAN),
                            () -> {
                                requests.erase(request, LocalDate.of(2026, 3, 16));
                                requests.gather(request.subject()).forEach(String::valueOf);
                            });

            assertThat(log).contains("Erasure failed in source leaky for item nl-1");
        }

        @Test
        void aPurgeRunLogsCountsAndIdsOnly() {
            var planner =
                    new RetentionPlanner(
                            RetentionSchedule.of(SaintExemple.register()),
                            ZoneId.of("Europe/Paris"));
            var record =
                    RetainedRecord.of(
                            "pay-1",
                            "payments",
                            DataCategory.IBAN,
                            Map.of(RetentionTrigger.CREATION, LocalDate.of(2010, 1, 1)),
                            1);
            var plan = planner.plan(List.of(record), Instant.parse("2030-01-01T00:00:00Z"));

            String log =
                    LogLeakDetector.assertNoLeak(
                            List.of(IBAN),
                            () ->
                                    Purge.execute(
                                            plan,
                                            (step, id) -> {
                                                throw new IllegalStateException(IBAN);
                                            },
                                            Clock.fixed(Instant.EPOCH, ZoneOffset.UTC)));

            assertThat(log).contains("0 deleted").contains("1 failed");
        }
    }
}
