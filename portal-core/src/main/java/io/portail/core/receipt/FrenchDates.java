package io.portail.core.receipt;

import java.time.LocalDate;
import java.time.LocalTime;
import java.time.format.DateTimeFormatter;
import java.util.Locale;

/** Dates and times written the way residents read them, in French and English. */
final class FrenchDates {
    private static final DateTimeFormatter FR =
            DateTimeFormatter.ofPattern("EEEE d MMMM uuuu", Locale.FRENCH);
    private static final DateTimeFormatter EN =
            DateTimeFormatter.ofPattern("EEEE d MMMM uuuu", Locale.ENGLISH);

    private FrenchDates() {}

    /** French writes the first day of a month as an ordinal: « 1er mars ». */
    static String date(LocalDate date, Locale locale) {
        if (isEnglish(locale)) {
            return EN.format(date);
        }
        String text = FR.format(date);
        return date.getDayOfMonth() == 1 ? text.replaceFirst(" 1 ", " 1er ") : text;
    }

    /** French typography: 10 h 05, 9 h; English: 10:05. */
    static String time(LocalTime time, Locale locale) {
        if (isEnglish(locale)) {
            return String.format(Locale.ROOT, "%d:%02d", time.getHour(), time.getMinute());
        }
        return time.getMinute() == 0
                ? time.getHour() + " h"
                : String.format(Locale.ROOT, "%d h %02d", time.getHour(), time.getMinute());
    }

    static boolean isEnglish(Locale locale) {
        return "en".equals(locale.getLanguage());
    }
}
