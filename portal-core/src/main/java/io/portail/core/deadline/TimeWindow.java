package io.portail.core.deadline;

import static java.util.Objects.requireNonNull;

import java.time.DateTimeException;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;

/**
 * A span of time between two instants, start included and end excluded; immutable.
 *
 * <p>Instants are absolute; a legal date is a {@link LocalDate} in the commune's zone. Convert
 * between them only through the zone: {@link #ofDay(LocalDate, ZoneId)} gives the instants of a
 * legal date, and {@code LocalDate.ofInstant(instant, zone)} the legal date of an instant. A day
 * may last 23 or 25 hours when daylight saving time starts or ends.
 *
 * @param start the first instant in the window
 * @param end the first instant after the window
 */
public record TimeWindow(Instant start, Instant end) {

    /**
     * Checks the components.
     *
     * @param start the first instant in the window
     * @param end the first instant after the window
     * @throws IllegalArgumentException if the end is before the start
     */
    public TimeWindow {
        requireNonNull(start, "start");
        requireNonNull(end, "end");
        if (end.isBefore(start)) {
            throw new IllegalArgumentException(
                    "A time window ends after it starts: " + start + " to " + end);
        }
    }

    /**
     * Returns the window of the last days up to an instant, that instant included, counted as
     * periods of 24 hours: {@code [now - days × 24 h, now]}.
     *
     * <p>"The last 7 days" asked at an instant include what happened at that very instant (a
     * request received under a fixed clock, say). As every window ends at its first instant after,
     * this one ends one nanosecond after {@code now}, the finest step of an {@link Instant}.
     *
     * <p>Example (case F12): the last 7 days at {@code 2026-04-05T00:30Z} start at {@code
     * 2026-03-29T00:30Z}, although Paris moved to summer time in between: counting in instants
     * never meets a local time that does not exist.
     *
     * @param days the number of days, positive
     * @param now the last instant of the window, included
     * @return the window from {@code now - days × 24 h} to {@code now}, both included
     * @throws IllegalArgumentException if {@code days} is not positive, if the window reaches
     *     before {@link Instant#MIN}, or if {@code now} is {@link Instant#MAX} (no instant follows
     *     it)
     */
    public static TimeWindow lastDays(int days, Instant now) {
        requireNonNull(now, "now");
        if (days <= 0) {
            throw new IllegalArgumentException("The number of days must be positive: " + days);
        }
        if (now.equals(Instant.MAX)) {
            throw new IllegalArgumentException("The window would end after the latest instant");
        }
        try {
            return new TimeWindow(now.minus(Duration.ofDays(days)), now.plusNanos(1));
        } catch (DateTimeException | ArithmeticException tooEarly) {
            throw new IllegalArgumentException(
                    "The window would start before the earliest instant: " + days + " days");
        }
    }

    /**
     * Returns the instants of a legal date in a zone, from its first instant to the first instant
     * of the next day.
     *
     * @param date the legal date
     * @param zone the zone of the commune, for example {@code Europe/Paris}
     * @return the window of the day, 23, 24 or 25 hours long
     */
    public static TimeWindow ofDay(LocalDate date, ZoneId zone) {
        requireNonNull(date, "date");
        requireNonNull(zone, "zone");
        return new TimeWindow(
                date.atStartOfDay(zone).toInstant(),
                date.plusDays(1).atStartOfDay(zone).toInstant());
    }

    /**
     * Tells whether an instant is in this window.
     *
     * @param instant the instant
     * @return true when the instant is at or after the start and before the end
     */
    public boolean contains(Instant instant) {
        requireNonNull(instant, "instant");
        return !instant.isBefore(start) && instant.isBefore(end);
    }

    /**
     * Returns the length of this window.
     *
     * @return the duration from start to end
     */
    public Duration duration() {
        return Duration.between(start, end);
    }
}
