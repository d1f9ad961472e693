package io.portail.core.procedure;

import static java.util.Objects.requireNonNull;

import io.portail.privacy.text.LocalizedText;
import java.time.DayOfWeek;
import java.time.LocalTime;
import java.time.format.TextStyle;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;

/**
 * When a desk is open: the offline alternative to every online procedure.
 *
 * <p>Immutable and thread-safe.
 *
 * @param slots the opening ranges, in any order
 */
public record OpeningHours(List<OpeningSlot> slots) {
    /**
     * Checks the hours.
     *
     * @param slots the opening ranges
     * @throws IllegalArgumentException if there is no range, or two overlap on the same day
     */
    public OpeningHours {
        slots =
                requireNonNull(slots, "slots").stream()
                        .sorted(
                                Comparator.comparing(OpeningSlot::day)
                                        .thenComparing(OpeningSlot::opens))
                        .toList();
        if (slots.isEmpty()) {
            throw new IllegalArgumentException("A desk has at least one opening range");
        }
        for (int i = 1; i < slots.size(); i++) {
            OpeningSlot before = slots.get(i - 1);
            OpeningSlot after = slots.get(i);
            if (before.day() == after.day() && after.opens().isBefore(before.closes())) {
                throw new IllegalArgumentException("Two opening ranges overlap on " + after.day());
            }
        }
    }

    /**
     * Describes the hours plainly, one line per group of days with the same hours.
     *
     * @return the description, such as "du lundi au vendredi de 8 h 30 à 12 h"
     */
    public LocalizedText describe() {
        return new LocalizedText(describe(Locale.FRENCH), describe(Locale.ENGLISH));
    }

    private String describe(Locale locale) {
        boolean french = french(locale);
        Map<DayOfWeek, String> byDay = new TreeMap<>();
        for (OpeningSlot slot : slots) {
            // « de 8 h 30 à 12 h et de 13 h 30 à 17 h »; "8:30 to 12:00 and 13:30 to 17:00".
            String range =
                    french
                            ? "de "
                                    + time(slot.opens(), locale)
                                    + " à "
                                    + time(slot.closes(), locale)
                            : time(slot.opens(), locale) + " to " + time(slot.closes(), locale);
            byDay.merge(slot.day(), range, (a, b) -> a + (french ? " et " : " and ") + b);
        }
        List<String> lines = new ArrayList<>();
        List<DayOfWeek> days = new ArrayList<>(byDay.keySet());
        int i = 0;
        while (i < days.size()) {
            int j = i;
            while (j + 1 < days.size()
                    && days.get(j + 1).getValue() == days.get(j).getValue() + 1
                    && byDay.get(days.get(j + 1)).equals(byDay.get(days.get(i)))) {
                j++;
            }
            String first = day(days.get(i), locale);
            String span;
            if (j == i) {
                span = first;
            } else if (j == i + 1) {
                span = first + (french ? " et " : " and ") + day(days.get(j), locale);
            } else {
                span =
                        french
                                ? "du " + first + " au " + day(days.get(j), locale)
                                : first + " to " + day(days.get(j), locale);
            }
            lines.add(span + " " + byDay.get(days.get(i)));
            i = j + 1;
        }
        return String.join(french ? " ; " : "; ", lines);
    }

    private static boolean french(Locale locale) {
        return !"en".equals(locale.getLanguage());
    }

    private static String day(DayOfWeek day, Locale locale) {
        return day.getDisplayName(TextStyle.FULL, french(locale) ? Locale.FRENCH : Locale.ENGLISH);
    }

    /** French typography writes 8 h 30 and 12 h; the English text uses the 24-hour clock, 8:30. */
    private static String time(LocalTime time, Locale locale) {
        if (french(locale)) {
            return time.getMinute() == 0
                    ? time.getHour() + " h"
                    : time.getHour() + " h " + String.format(Locale.ROOT, "%02d", time.getMinute());
        }
        return String.format(Locale.ROOT, "%d:%02d", time.getHour(), time.getMinute());
    }
}
