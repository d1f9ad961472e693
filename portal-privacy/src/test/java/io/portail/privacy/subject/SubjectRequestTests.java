package io.portail.privacy.subject;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.portail.privacy.text.LocalizedText;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.function.Predicate;
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

    /** A calendar where weekends and Whit Monday 2026 are not working days. */
    static final Predicate<LocalDate> WHIT_MONDAY_OFF =
            day ->
                    day.getDayOfWeek() != DayOfWeek.SATURDAY
                            && day.getDayOfWeek() != DayOfWeek.SUNDAY
                            && !day.equals(LocalDate.of(2026, 5, 25));

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
        void canBeToldOnTheWorkingDayTheFirstMonthIsMovedTo() {
            // GDPR art. 12(3); Regulation 1182/71 art. 3(4): 30 May 2026 is a Saturday, so the
            // first month ends on Monday 1 June, the day dueOn() gives, and an extension told
            // that day is in time.
            SubjectRequest request =
                    SubjectRequest.of(
                            "dsr-2", RequestType.ACCESS, RESIDENT, LocalDate.of(2026, 4, 30));

            SubjectRequest extended = request.extend(2, REASON, request.dueOn());

            assertThat(request.dueOn()).isEqualTo(LocalDate.of(2026, 6, 1));
            assertThat(extended.dueOn()).isEqualTo(LocalDate.of(2026, 7, 30));
            assertThatThrownBy(() -> request.extend(2, REASON, LocalDate.of(2026, 6, 2)))
                    .hasMessage(
                            "An extension is told to the resident within one month of receipt"
                                    + " (GDPR art. 12(3)): due 2026-06-01");
        }

        @Test
        void followsTheCommunesCalendarPastAPublicHoliday() {
            // GDPR art. 12(3); Regulation 1182/71 art. 3(4): 24 May 2026 is a Sunday and Monday
            // 25 May is Whit Monday, a public holiday (code du travail art. L3133-1), so the first
            // month ends on Tuesday 26 May for this calendar.
            SubjectRequest request = received(LocalDate.of(2026, 4, 24));
            LocalDate tuesday = LocalDate.of(2026, 5, 26);

            SubjectRequest extended = request.extend(1, REASON, tuesday, WHIT_MONDAY_OFF);

            assertThat(request.dueOn(WHIT_MONDAY_OFF)).isEqualTo(tuesday);
            assertThat(request.firstMonthEndsOn(WHIT_MONDAY_OFF)).isEqualTo(tuesday);
            assertThat(extended.dueOn(WHIT_MONDAY_OFF)).isEqualTo(LocalDate.of(2026, 6, 24));
            assertThatThrownBy(
                            () -> request.extend(1, REASON, tuesday.plusDays(1), WHIT_MONDAY_OFF))
                    .hasMessage(
                            "An extension is told to the resident within one month of receipt"
                                    + " (GDPR art. 12(3)): due 2026-05-26");
            // Without the calendar, only weekends move the end of the month: Monday 25 May.
            assertThatThrownBy(() -> request.extend(1, REASON, tuesday))
                    .hasMessage(
                            "An extension is told to the resident within one month of receipt"
                                    + " (GDPR art. 12(3)): due 2026-05-25");
        }

        @Test
        void cannotBeToldBeforeReceipt() {
            SubjectRequest request = received(LocalDate.of(2026, 3, 16));

            assertThatThrownBy(
                            () ->
                                    request.extend(
                                            1, REASON, LocalDate.of(2026, 3, 15), WHIT_MONDAY_OFF))
                    .hasMessage(
                            "An extension is told to the resident within one month of receipt"
                                    + " (GDPR art. 12(3)): due 2026-04-16");
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
