package io.portail.core.deadline;

import static org.assertj.core.api.Assertions.assertThat;

import io.portail.core.calendar.WorkingCalendar;
import io.portail.core.calendar.fr.FrenchCalendars;
import java.time.LocalDate;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** CRPA art. R112-11-2: registration within one working day, receipt within ten. */
class AcknowledgementDeadlinesTests {

    private static final WorkingCalendar PARIS = FrenchCalendars.forDepartment("75");

    @Nested
    class DueDays {

        @ParameterizedTest(name = "received {0}")
        @CsvSource({
            "2026-03-16, 2026-03-17, 2026-03-30", // Monday: an ordinary fortnight
            "2026-03-20, 2026-03-23, 2026-04-03", // Friday
            "2026-03-21, 2026-03-23, 2026-04-03", // Saturday: counted from Monday
            "2026-05-07, 2026-05-11, 2026-05-26", // 8 May, Ascension and Whit Monday skipped
            "2026-12-24, 2026-12-28, 2027-01-11" // Christmas and New Year's Day skipped
        })
        void countWorkingDaysFromReceipt(String received, String registration, String receipt) {
            AcknowledgementDeadlines due =
                    AcknowledgementDeadlines.of(LocalDate.parse(received), PARIS);

            assertThat(due.registrationDueBy()).isEqualTo(LocalDate.parse(registration));
            assertThat(due.receiptDueBy()).isEqualTo(LocalDate.parse(receipt));
        }
    }
}
