package io.portail.core.calendar;

import static java.util.Objects.requireNonNull;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.NavigableMap;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;

/**
 * A working-day calendar held as one 32-bit mask per month; immutable and thread-safe.
 *
 * <p>Bit {@code d - 1} of a month's mask is set when day {@code d} is a working day. Finding the
 * next or previous working day is a shift and a bit scan, counting is a population count, and
 * moving by {@code n} working days uses a running count of the working days before each month: the
 * answer is the working day whose rank is the start's rank plus {@code n}, found by stepping over
 * whole months and selecting the right bit inside the last one. Every operation takes a few
 * nanoseconds, whatever the distance.
 *
 * <p>Memory: 8 bytes a month, under 10 kB for a century, plus the holidays' names.
 */
public final class BitsetWorkingCalendar implements WorkingCalendar {

    /** The widest range of years a calendar may cover. */
    public static final int MAX_YEARS = 1000;

    /**
     * Position of the k-th set bit (k in 0..7) of each byte value, at index {@code byte * 8 + k}.
     */
    private static final byte[] SELECT_IN_BYTE = selectTable();

    private final String id;
    private final int firstYear;
    private final int lastYear;
    private final int[] workingDays;
    private final int[] workingDaysBefore;
    private final NavigableMap<LocalDate, PublicHoliday> holidays;

    private BitsetWorkingCalendar(
            String id,
            int firstYear,
            int lastYear,
            int[] workingDays,
            NavigableMap<LocalDate, PublicHoliday> holidays) {
        this.id = id;
        this.firstYear = firstYear;
        this.lastYear = lastYear;
        this.workingDays = workingDays;
        this.holidays = holidays;
        this.workingDaysBefore = new int[workingDays.length + 1];
        for (int m = 0; m < workingDays.length; m++) {
            workingDaysBefore[m + 1] = workingDaysBefore[m] + Integer.bitCount(workingDays[m]);
        }
    }

    /**
     * Builds a calendar from its weekend days and its public holidays.
     *
     * <p>Two holidays on the same date are kept as one, with both names joined by a comma.
     *
     * @param id the identifier of the calendar, for example {@code FR-METRO}
     * @param firstYear the first year covered
     * @param lastYear the last year covered, inclusive
     * @param weekend the days of the week that are never working days
     * @param holidays the public holidays, all within the years covered
     * @return the calendar
     * @throws IllegalArgumentException if the id is blank, the years are not between 1 and 9999,
     *     {@code lastYear} is before {@code firstYear}, the range exceeds {@link #MAX_YEARS} years,
     *     or a holiday falls outside it
     */
    public static BitsetWorkingCalendar of(
            String id,
            int firstYear,
            int lastYear,
            Set<DayOfWeek> weekend,
            Collection<PublicHoliday> holidays) {
        requireNonNull(id, "id");
        requireNonNull(weekend, "weekend");
        requireNonNull(holidays, "holidays");
        if (id.isBlank()) {
            throw new IllegalArgumentException("A calendar needs an identifier");
        }
        if (firstYear < 1 || lastYear > 9999 || lastYear < firstYear) {
            throw new IllegalArgumentException(
                    "Years must run forwards between 1 and 9999: " + firstYear + ".." + lastYear);
        }
        if (lastYear - firstYear >= MAX_YEARS) {
            throw new IllegalArgumentException(
                    "A calendar covers at most "
                            + MAX_YEARS
                            + " years: "
                            + firstYear
                            + ".."
                            + lastYear);
        }

        TreeMap<LocalDate, PublicHoliday> byDate = new TreeMap<>();
        for (PublicHoliday holiday : holidays) {
            requireNonNull(holiday, "holiday");
            int year = holiday.date().getYear();
            if (year < firstYear || year > lastYear) {
                throw new IllegalArgumentException(
                        "Holiday outside the calendar's years "
                                + firstYear
                                + ".."
                                + lastYear
                                + ": "
                                + holiday.date());
            }
            byDate.merge(
                    holiday.date(),
                    holiday,
                    (a, b) ->
                            new PublicHoliday(
                                    a.date(),
                                    a.name() + ", " + b.name(),
                                    a.englishName() + ", " + b.englishName()));
        }
        Set<DayOfWeek> weekendDays =
                weekend.isEmpty() ? EnumSet.noneOf(DayOfWeek.class) : EnumSet.copyOf(weekend);
        int months = (lastYear - firstYear + 1) * 12;
        int[] masks = new int[months];
        LocalDate day = LocalDate.of(firstYear, 1, 1);
        for (int m = 0; m < months; m++) {
            int length = day.lengthOfMonth();
            int mask = 0;
            for (int d = 0; d < length; d++) {
                if (!weekendDays.contains(day.getDayOfWeek()) && !byDate.containsKey(day)) {
                    mask |= 1 << d;
                }
                day = day.plusDays(1);
            }
            masks[m] = mask;
        }
        return new BitsetWorkingCalendar(
                id, firstYear, lastYear, masks, Collections.unmodifiableNavigableMap(byDate));
    }

    @Override
    public String id() {
        return id;
    }

    @Override
    public int firstYear() {
        return firstYear;
    }

    @Override
    public int lastYear() {
        return lastYear;
    }

    @Override
    public boolean isWorkingDay(LocalDate date) {
        return (workingDays[month(date)] >>> (date.getDayOfMonth() - 1) & 1) != 0;
    }

    @Override
    public Optional<PublicHoliday> holiday(LocalDate date) {
        month(date);
        return Optional.ofNullable(holidays.get(date));
    }

    @Override
    public List<PublicHoliday> holidays(int year) {
        if (year < firstYear || year > lastYear) {
            throw new IllegalArgumentException(
                    "Year outside the calendar's years "
                            + firstYear
                            + ".."
                            + lastYear
                            + ": "
                            + year);
        }
        Map<LocalDate, PublicHoliday> ofYear =
                holidays.subMap(LocalDate.of(year, 1, 1), true, LocalDate.of(year, 12, 31), true);
        return List.copyOf(new ArrayList<>(ofYear.values()));
    }

    @Override
    public LocalDate nextOrSame(LocalDate date) {
        int m = month(date);
        int later = workingDays[m] >>> (date.getDayOfMonth() - 1);
        if (later != 0) {
            return date.plusDays(Integer.numberOfTrailingZeros(later));
        }
        return firstWorkingDayFrom(m + 1, date);
    }

    @Override
    public LocalDate next(LocalDate date) {
        int m = month(date);
        int later = workingDays[m] >>> date.getDayOfMonth();
        if (later != 0) {
            return date.plusDays(1 + Integer.numberOfTrailingZeros(later));
        }
        return firstWorkingDayFrom(m + 1, date);
    }

    @Override
    public LocalDate previousOrSame(LocalDate date) {
        int m = month(date);
        int earlier = workingDays[m] & lowBits(date.getDayOfMonth());
        if (earlier != 0) {
            return date.withDayOfMonth(32 - Integer.numberOfLeadingZeros(earlier));
        }
        return lastWorkingDayFrom(m - 1, date);
    }

    @Override
    public LocalDate previous(LocalDate date) {
        int m = month(date);
        int earlier = workingDays[m] & lowBits(date.getDayOfMonth() - 1);
        if (earlier != 0) {
            return date.withDayOfMonth(32 - Integer.numberOfLeadingZeros(earlier));
        }
        return lastWorkingDayFrom(m - 1, date);
    }

    @Override
    public LocalDate plusWorkingDays(LocalDate date, int amount) {
        int m = month(date);
        int day = date.getDayOfMonth();
        if (amount == 0) {
            return nextOrSame(date);
        }
        // rank = number of working days in the calendar strictly before the date
        long rank = workingDaysBefore[m] + Integer.bitCount(workingDays[m] & lowBits(day - 1));
        long target;
        if (amount > 0) {
            boolean working = (workingDays[m] >>> (day - 1) & 1) != 0;
            target = rank + (working ? 1 : 0) + amount - 1;
        } else {
            target = rank + amount;
        }
        if (target < 0 || target >= workingDaysBefore[workingDays.length]) {
            throw new IllegalArgumentException(
                    "Moving "
                            + amount
                            + " working days from "
                            + date
                            + " leaves the calendar's years "
                            + firstYear
                            + ".."
                            + lastYear);
        }
        return dateOfRank((int) target, m);
    }

    @Override
    public int countWorkingDays(LocalDate fromInclusive, LocalDate toExclusive) {
        requireNonNull(fromInclusive, "fromInclusive");
        requireNonNull(toExclusive, "toExclusive");
        if (toExclusive.isBefore(fromInclusive)) {
            throw new IllegalArgumentException(
                    "The end must not be before the start: "
                            + fromInclusive
                            + " to "
                            + toExclusive);
        }
        return rankOrEnd(toExclusive) - rankOrEnd(fromInclusive);
    }

    /**
     * Returns a short description with the identifier and the years covered.
     *
     * @return for example {@code WorkingCalendar[FR-METRO, 2000..2100]}
     */
    @Override
    public String toString() {
        return "WorkingCalendar[" + id + ", " + firstYear + ".." + lastYear + "]";
    }

    private int month(LocalDate date) {
        requireNonNull(date, "date");
        int year = date.getYear();
        if (year < firstYear || year > lastYear) {
            throw new IllegalArgumentException(
                    "Date outside the calendar's years "
                            + firstYear
                            + ".."
                            + lastYear
                            + ": "
                            + date);
        }
        return (year - firstYear) * 12 + date.getMonthValue() - 1;
    }

    /** The rank of a date, allowing the first day after the last year (the total count). */
    private int rankOrEnd(LocalDate date) {
        if (date.getYear() == lastYear + 1 && date.getDayOfYear() == 1) {
            return workingDaysBefore[workingDays.length];
        }
        int m = month(date);
        return workingDaysBefore[m]
                + Integer.bitCount(workingDays[m] & lowBits(date.getDayOfMonth() - 1));
    }

    private LocalDate dateOfRank(int rank, int startMonth) {
        int m = startMonth;
        while (workingDaysBefore[m + 1] <= rank) {
            m++;
        }
        while (workingDaysBefore[m] > rank) {
            m--;
        }
        int day = select(workingDays[m], rank - workingDaysBefore[m]) + 1;
        return LocalDate.of(firstYear + m / 12, m % 12 + 1, day);
    }

    private LocalDate firstWorkingDayFrom(int month, LocalDate from) {
        for (int m = month; m < workingDays.length; m++) {
            if (workingDays[m] != 0) {
                return LocalDate.of(
                        firstYear + m / 12,
                        m % 12 + 1,
                        Integer.numberOfTrailingZeros(workingDays[m]) + 1);
            }
        }
        throw new IllegalArgumentException(
                "No working day after "
                        + from
                        + " within the calendar's years "
                        + firstYear
                        + ".."
                        + lastYear);
    }

    private LocalDate lastWorkingDayFrom(int month, LocalDate from) {
        for (int m = month; m >= 0; m--) {
            if (workingDays[m] != 0) {
                return LocalDate.of(
                        firstYear + m / 12,
                        m % 12 + 1,
                        32 - Integer.numberOfLeadingZeros(workingDays[m]));
            }
        }
        throw new IllegalArgumentException(
                "No working day before "
                        + from
                        + " within the calendar's years "
                        + firstYear
                        + ".."
                        + lastYear);
    }

    /** The mask of days 1..days (bits 0..days-1); days is in 0..31. */
    private static int lowBits(int days) {
        return (int) ((1L << days) - 1);
    }

    /** Position of the k-th (from 0) set bit of a word that has more than k set bits. */
    private static int select(int word, int k) {
        int shift = 0;
        while (true) {
            int octet = (word >>> shift) & 0xFF;
            int count = Integer.bitCount(octet);
            if (k < count) {
                return shift + SELECT_IN_BYTE[(octet << 3) | k];
            }
            k -= count;
            shift += 8;
        }
    }

    private static byte[] selectTable() {
        byte[] table = new byte[256 * 8];
        for (int octet = 0; octet < 256; octet++) {
            int k = 0;
            for (int bit = 0; bit < 8; bit++) {
                if ((octet >>> bit & 1) != 0) {
                    table[(octet << 3) | k++] = (byte) bit;
                }
            }
        }
        return table;
    }
}
