package io.portail.core.canteen;

import io.portail.privacy.text.LocalizedText;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.format.DateTimeFormatter;
import java.util.Locale;

/** Dates and times of meals written the way residents read them, in French and English. */
final class MealDates {
    private static final DateTimeFormatter FR =
            DateTimeFormatter.ofPattern("EEEE d MMMM uuuu", Locale.FRENCH);
    private static final DateTimeFormatter EN =
            DateTimeFormatter.ofPattern("EEEE d MMMM uuuu", Locale.ENGLISH);

    private MealDates() {}

    /** French writes the first day of a month as an ordinal: « 1er mars ». */
    static LocalizedText date(LocalDate date) {
        String fr = FR.format(date);
        if (date.getDayOfMonth() == 1) {
            fr = fr.replaceFirst(" 1 ", " 1er ");
        }
        return new LocalizedText(fr, EN.format(date));
    }

    /**
     * French typography: « jeudi 12 mars 2026 à 12 h »; English: Thursday 12 March 2026 at 12:00.
     */
    static LocalizedText dateTime(LocalDateTime when) {
        LocalizedText day = date(when.toLocalDate());
        LocalTime time = when.toLocalTime();
        String fr =
                time.getMinute() == 0
                        ? time.getHour() + " h"
                        : String.format(Locale.ROOT, "%d h %02d", time.getHour(), time.getMinute());
        String en = String.format(Locale.ROOT, "%d:%02d", time.getHour(), time.getMinute());
        return new LocalizedText(day.fr() + " à " + fr, day.en() + " at " + en);
    }
}
