package io.portail.core.report;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.Locale;

/** Dates written the way residents read them, in French and English. */
final class Dates {
    private static final DateTimeFormatter FR =
            DateTimeFormatter.ofPattern("EEEE d MMMM uuuu", Locale.FRENCH);
    private static final DateTimeFormatter EN =
            DateTimeFormatter.ofPattern("EEEE d MMMM uuuu", Locale.ENGLISH);

    private Dates() {}

    static boolean isEnglish(Locale locale) {
        return "en".equals(locale.getLanguage());
    }

    /** French writes the first day of a month as an ordinal: « 1er avril ». */
    static String date(Instant instant, ZoneId zone, Locale locale) {
        LocalDate date = LocalDate.ofInstant(instant, zone);
        if (isEnglish(locale)) {
            return EN.format(date);
        }
        String text = FR.format(date);
        return date.getDayOfMonth() == 1 ? text.replaceFirst(" 1 ", " 1er ") : text;
    }
}
