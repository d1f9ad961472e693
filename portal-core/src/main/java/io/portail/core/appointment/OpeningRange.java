package io.portail.core.appointment;

import static java.util.Objects.requireNonNull;

import java.time.DayOfWeek;
import java.time.LocalTime;

/**
 * A range of local times on one day of the week during which an agenda offers slots.
 *
 * <p>Immutable and thread-safe.
 *
 * @param day the day of the week
 * @param opens the first slot's start, local time in the agenda's zone
 * @param closes the time by which the last slot ends, after {@code opens}
 */
public record OpeningRange(DayOfWeek day, LocalTime opens, LocalTime closes) {
    /**
     * Checks the range.
     *
     * @param day the day of the week
     * @param opens the first slot's start
     * @param closes the time by which the last slot ends
     * @throws IllegalArgumentException if the range closes before it opens
     */
    public OpeningRange {
        requireNonNull(day, "day");
        requireNonNull(opens, "opens");
        requireNonNull(closes, "closes");
        if (!closes.isAfter(opens)) {
            throw new IllegalArgumentException("An opening range closes after it opens: " + day);
        }
    }
}
