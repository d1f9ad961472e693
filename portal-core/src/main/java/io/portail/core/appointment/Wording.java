package io.portail.core.appointment;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.Locale;

/** Dates, times and durations written the way residents read them, in French and English. */
final class Wording {
    private static final DateTimeFormatter FR =
            DateTimeFormatter.ofPattern("EEEE d MMMM uuuu", Locale.FRENCH);
    private static final DateTimeFormatter EN =
            DateTimeFormatter.ofPattern("EEEE d MMMM uuuu", Locale.ENGLISH);

    private Wording() {}

    static boolean isEnglish(Locale locale) {
        return "en".equals(locale.getLanguage());
    }

    /** French writes the first day of a month as an ordinal: « 1er avril ». */
    static String date(LocalDate date, Locale locale) {
        if (isEnglish(locale)) {
            return EN.format(date);
        }
        String text = FR.format(date);
        return date.getDayOfMonth() == 1 ? text.replaceFirst(" 1 ", " 1er ") : text;
    }

    /** French typography: 9 h 30, 10 h; English: 9:30. */
    static String time(LocalTime time, Locale locale) {
        if (isEnglish(locale)) {
            return String.format(Locale.ROOT, "%d:%02d", time.getHour(), time.getMinute());
        }
        return time.getMinute() == 0
                ? time.getHour() + " h"
                : String.format(Locale.ROOT, "%d h %02d", time.getHour(), time.getMinute());
    }

    /** « vendredi 20 mars 2026 à 9 h 30 », "Friday 20 March 2026 at 9:30". */
    static String dateTime(Instant instant, ZoneId zone, Locale locale) {
        ZonedDateTime local = instant.atZone(zone);
        return date(local.toLocalDate(), locale)
                + (isEnglish(locale) ? " at " : " à ")
                + time(local.toLocalTime(), locale);
    }

    /** Whole days, else whole hours, else minutes: « 2 jours », « 24 heures », « 15 minutes ». */
    static String duration(Duration duration, Locale locale) {
        boolean en = isEnglish(locale);
        long minutes = duration.toMinutes();
        if (minutes >= 48 * 60 && minutes % (24 * 60) == 0) {
            return plural(minutes / (24 * 60), en ? "day" : "jour", en ? "days" : "jours");
        }
        if (minutes >= 60 && minutes % 60 == 0) {
            return plural(minutes / 60, en ? "hour" : "heure", en ? "hours" : "heures");
        }
        return plural(minutes, "minute", "minutes");
    }

    private static String plural(long n, String one, String many) {
        return n + " " + (n == 1 ? one : many);
    }
}
