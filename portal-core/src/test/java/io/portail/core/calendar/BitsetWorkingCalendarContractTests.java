package io.portail.core.calendar;

import io.portail.core.calendar.fr.FrenchCalendars;
import org.junit.jupiter.api.Nested;

/** {@link BitsetWorkingCalendar} keeps the promises of {@link WorkingCalendar}. */
class BitsetWorkingCalendarContractTests {

    @Nested
    class MetropolitanFrance extends WorkingCalendarContract {
        @Override
        protected WorkingCalendar calendar() {
            return FrenchCalendars.forDepartment("75");
        }
    }

    @Nested
    class AlsaceMoselle extends WorkingCalendarContract {
        @Override
        protected WorkingCalendar calendar() {
            return FrenchCalendars.forDepartment("57");
        }
    }

    @Nested
    class LaReunion extends WorkingCalendarContract {
        @Override
        protected WorkingCalendar calendar() {
            return FrenchCalendars.forDepartment("974");
        }
    }
}
