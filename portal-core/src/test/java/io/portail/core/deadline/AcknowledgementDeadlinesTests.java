package io.portail.core.deadline;

import static org.assertj.core.api.Assertions.assertThat;

import io.portail.core.calendar.WorkingCalendar;
import io.portail.core.calendar.fr.FrenchCalendars;
import java.time.LocalDate;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * CRPA art. R112-11-2 (LEGIARTI000031430621): registration within one working day, receipt within
 * seven days.
 */
class AcknowledgementDeadlinesTests {

    private static final WorkingCalendar PARIS = FrenchCalendars.forDepartment("75");

    @Nested
    class DueDays {

        @ParameterizedTest(name = "received {0}")
        @CsvSource({
            "2026-03-16, 2026-03-17, 2026-03-23", // Monday: the next Monday
            "2026-03-20, 2026-03-23, 2026-03-27", // Friday
            "2026-03-21, 2026-03-23, 2026-03-28", // Saturday: registration on Monday
            "2026-05-07, 2026-05-11, 2026-05-14", // 8 May skipped for the working day only
            "2026-12-24, 2026-12-28, 2026-12-31" // Christmas skipped for the working day only
        })
        void countOneWorkingDayThenSevenDaysFromReceipt(
                String received, String registration, String receipt) {
            AcknowledgementDeadlines due =
                    AcknowledgementDeadlines.of(LocalDate.parse(received), PARIS);

            assertThat(due.registrationDueBy()).isEqualTo(LocalDate.parse(registration));
            assertThat(due.receiptDueBy()).isEqualTo(LocalDate.parse(receipt));
        }
    }
}
