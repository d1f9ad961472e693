package io.portail.privacy.subject;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.portail.privacy.text.LocalizedText;
import java.time.LocalDate;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class SubjectRequestTests {
    static final SubjectRef RESIDENT = SubjectRef.of("res-0001");
    static final LocalizedText REASON =
            new LocalizedText(
                    "Votre demande porte sur dix ans de factures.",
                    "Your request covers ten years of invoices.");

    static SubjectRequest received(LocalDate day) {
        return SubjectRequest.of("dsr-1", RequestType.ACCESS, RESIDENT, day);
    }

    @Nested
    class Deadline {
        @ParameterizedTest(name = "received {0}, due {1}")
        @CsvSource({
            // GDPR art. 12(3); Regulation 1182/71 art. 3(2)(c): same date next month.
            "2026-03-05, 2026-04-06", // 5 April 2026 is a Sunday: next working day (art. 3(4))
            "2026-03-16, 2026-04-16",
            // No 31 February: the last day of February.
            "2025-01-31, 2025-02-28",
            // 28 February 2026 is a Saturday: Monday 2 March.
            "2026-01-31, 2026-03-02",
            "2028-01-31, 2028-02-29",
            // 30 May 2026 is a Saturday: Monday 1 June.
            "2026-04-30, 2026-06-01"
        })
        void isOneMonthAfterReceipt(LocalDate receivedOn, LocalDate dueOn) {
            assertThat(received(receivedOn).dueOn()).isEqualTo(dueOn);
        }

        @Test
        void movesPastThePublicHolidaysOfTheCommunesCalendar() {
            // 14 July 2026 is a Tuesday and a public holiday in France.
            SubjectRequest request = received(LocalDate.of(2026, 6, 14));

            assertThat(request.dueOn(day -> !day.equals(LocalDate.of(2026, 7, 14))))
                    .isEqualTo(LocalDate.of(2026, 7, 15));
        }
    }

    @Nested
    class Extension {
        @Test
        void addsUpToTwoMonthsWithAReason() {
            // GDPR art. 12(3): "extended by two further months where necessary".
            SubjectRequest request =
                    received(LocalDate.of(2026, 3, 16)).extend(2, REASON, LocalDate.of(2026, 4, 1));

            assertThat(request.dueOn()).isEqualTo(LocalDate.of(2026, 6, 16));
            assertThat(request.extensionReason()).isEqualTo(REASON);
        }

        @Test
        void refusesMoreThanTwoMonths() {
            SubjectRequest request = received(LocalDate.of(2026, 3, 16));

            assertThatThrownBy(() -> request.extend(3, REASON, LocalDate.of(2026, 4, 1)))
                    .hasMessage(
                            "A deadline can be extended by at most two months (GDPR art. 12(3)):"
                                    + " 3");
        }

        @Test
        void mustBeToldWithinTheFirstMonth() {
            SubjectRequest request = received(LocalDate.of(2026, 3, 16));

            assertThatThrownBy(() -> request.extend(1, REASON, LocalDate.of(2026, 4, 17)))
                    .hasMessage(
                            "An extension is told to the resident within one month of receipt"
                                    + " (GDPR art. 12(3)): due 2026-04-16");
        }
    }
}
