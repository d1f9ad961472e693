package io.portail.core.calendar.fr;

import java.time.MonthDay;
import java.time.ZoneId;
import org.jspecify.annotations.Nullable;

/** A part of France with its own list of public holidays, and its time zone. */
enum Territory {
    METROPOLE("FR-METRO", "Europe/Paris", null),
    /** Moselle (57), Bas-Rhin (67) and Haut-Rhin (68): Code du travail art. L3134-13. */
    ALSACE_MOSELLE("FR-57-67-68", "Europe/Paris", null),
    GUADELOUPE("FR-971", "America/Guadeloupe", MonthDay.of(5, 27)),
    MARTINIQUE("FR-972", "America/Martinique", MonthDay.of(5, 22)),
    GUYANE("FR-973", "America/Cayenne", MonthDay.of(6, 10)),
    REUNION("FR-974", "Indian/Reunion", MonthDay.of(12, 20)),
    /** The Code du travail applies there with no local holiday. */
    SAINT_PIERRE_ET_MIQUELON("FR-975", "America/Miquelon", null),
    MAYOTTE("FR-976", "Indian/Mayotte", MonthDay.of(4, 27)),
    /** The date depends on the year: see {@link FrenchPublicHolidays}. */
    SAINT_BARTHELEMY("FR-977", "America/St_Barthelemy", MonthDay.of(10, 9)),
    /** The date depends on the year: see {@link FrenchPublicHolidays}. */
    SAINT_MARTIN("FR-978", "America/Marigot", MonthDay.of(5, 28));

    private final String calendarId;
    private final ZoneId zone;
    private final @Nullable MonthDay abolitionOfSlavery;

    Territory(String calendarId, String zone, @Nullable MonthDay abolitionOfSlavery) {
        this.calendarId = calendarId;
        this.zone = ZoneId.of(zone);
        this.abolitionOfSlavery = abolitionOfSlavery;
    }

    String calendarId() {
        return calendarId;
    }

    ZoneId zone() {
        return zone;
    }

    @Nullable MonthDay abolitionOfSlavery() {
        return abolitionOfSlavery;
    }
}
