package io.portail.core.procedure;

import static java.util.Objects.requireNonNull;

import java.time.DayOfWeek;
import java.time.LocalTime;

/**
 * A range of opening hours of a desk on one day of the week.
 *
 * @param day the day of the week
 * @param opens the opening time
 * @param closes the closing time, after the opening time
 */
public record OpeningSlot(DayOfWeek day, LocalTime opens, LocalTime closes) {
    /**
     * Checks the range.
     *
     * @param day the day of the week
     * @param opens the opening time
     * @param closes the closing time, after the opening time
     * @throws IllegalArgumentException if the desk closes before it opens
     */
    public OpeningSlot {
        requireNonNull(day, "day");
        requireNonNull(opens, "opens");
        requireNonNull(closes, "closes");
        if (!closes.isAfter(opens)) {
            throw new IllegalArgumentException("A desk closes after it opens: " + day);
        }
    }
}
