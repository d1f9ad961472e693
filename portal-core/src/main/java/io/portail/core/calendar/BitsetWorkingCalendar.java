package io.portail.core.calendar;

import static java.util.Objects.requireNonNull;

import java.time.DayOfWeek;
import java.time.LocalDate;
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
 * <p>Bit {@code d - 1} of a month's mask is set when day {@code d} is a working day, and a running
 * count gives the number of working days before each month. The rank of a date, the number of
 * working days before it, is then that count plus the population count of the month's mask below
 * the day. Every question becomes arithmetic on ranks: counting is the difference of two ranks, and
 * the next, previous or n-th working day is the working day of a given rank, read from a table of
 * the working days in order. Each operation takes a few nanoseconds and allocates nothing, whatever
 * the distance.
 *
 * <p>Memory: about 30 bytes per working day covered, some 750 kB for a century.
 */
public final class BitsetWorkingCalendar implements WorkingCalendar {

    /** The widest range of years a calendar may cover. */
    public static final int MAX_YEARS = 1000;

    private final String id;
    private final int firstYear;
    private final int lastYear;

    /**
     * One entry per month from January of the first year: the month's mask of working days in the
     * low 32 bits, the number of working days before the month in the high 32 bits, so that a
     * single read answers a question about a day.
     */
    private final long[] months;

    private final LocalDate[] workingDayByRank;
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
        this.holidays = holidays;
        this.months = new long[workingDays.length];
        int before = 0;
        for (int m = 0; m < workingDays.length; m++) {
            months[m] = (long) before << 32 | (workingDays[m] & 0xFFFF_FFFFL);
            before += Integer.bitCount(workingDays[m]);
        }
        this.workingDayByRank = new LocalDate[before];
        int rank = 0;
        for (int m = 0; m < workingDays.length; m++) {
            for (int mask = workingDays[m]; mask != 0; mask &= mask - 1) {
                workingDayByRank[rank++] =
                        LocalDate.of(
                                firstYear + m / 12,
                                m % 12 + 1,
                                Integer.numberOfTrailingZeros(mask) + 1);
            }
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
                    "Years must run forwards between 1 and 9999: " + years(firstYear, lastYear));
        }
        if (lastYear - firstYear >= MAX_YEARS) {
            throw new IllegalArgumentException(
                    "A calendar covers at most "
                            + MAX_YEARS
                            + " years: "
                            + years(firstYear, lastYear));
        }

        TreeMap<LocalDate, PublicHoliday> byDate = new TreeMap<>();
        for (PublicHoliday holiday : holidays) {
            requireNonNull(holiday, "holiday");
            int year = holiday.date().getYear();
            if (year < firstYear || year > lastYear) {
                throw new IllegalArgumentException(
                        "Holiday outside the calendar's years "
                                + years(firstYear, lastYear)
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
        return ((int) months[month(date)] >>> (date.getDayOfMonth() - 1) & 1) != 0;
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
                    "Year outside the calendar's years " + years() + ": " + year);
        }
        Map<LocalDate, PublicHoliday> ofYear =
                holidays.subMap(LocalDate.of(year, 1, 1), true, LocalDate.of(year, 12, 31), true);
        return List.copyOf(ofYear.values());
    }

    @Override
    public LocalDate nextOrSame(LocalDate date) {
        long month = months[month(date)];
        return nextFromRank(rankBefore(month, date.getDayOfMonth()), date);
    }

    @Override
    public LocalDate next(LocalDate date) {
        long month = months[month(date)];
        int day = date.getDayOfMonth();
        return nextFromRank(rankBefore(month, day) + bit(month, day), date);
    }

    @Override
    public LocalDate previousOrSame(LocalDate date) {
        long month = months[month(date)];
        int day = date.getDayOfMonth();
        return previousFromRank(rankBefore(month, day) + bit(month, day) - 1, date);
    }

    @Override
    public LocalDate previous(LocalDate date) {
        long month = months[month(date)];
        return previousFromRank(rankBefore(month, date.getDayOfMonth()) - 1, date);
    }

    @Override
    public LocalDate plusWorkingDays(LocalDate date, int amount) {
        long month = months[month(date)];
        int day = date.getDayOfMonth();
        // The working days strictly after the date start at rank before + bit; those strictly
        // before end at rank before - 1; the date itself, if working, has rank before. An
        // overflow of the int sum gives a negative target, refused like any other.
        int before = rankBefore(month, day);
        int target = amount > 0 ? before + bit(month, day) + (amount - 1) : before + amount;
        if (target < 0 || target >= workingDayByRank.length) {
            throw new IllegalArgumentException(
                    "Moving "
                            + amount
                            + " working days from "
                            + date
                            + " leaves the calendar's years "
                            + years());
        }
        return workingDayByRank[target];
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
        return "WorkingCalendar[" + id + ", " + years() + "]";
    }

    private String years() {
        return years(firstYear, lastYear);
    }

    private static String years(int firstYear, int lastYear) {
        return firstYear + ".." + lastYear;
    }

    private int month(LocalDate date) {
        requireNonNull(date, "date");
        // One unsigned comparison tells both "before the first year" and "after the last".
        int yearIndex = date.getYear() - firstYear;
        if (Integer.compareUnsigned(yearIndex, lastYear - firstYear) > 0) {
            throw new IllegalArgumentException(
                    "Date outside the calendar's years " + years() + ": " + date);
        }
        return yearIndex * 12 + date.getMonthValue() - 1;
    }

    /** The number of working days before a day of a month, by a population count. */
    private static int rankBefore(long month, int day) {
        // (1 << k) - 1 keeps bits 0..k-1, also for k = 31 in two's complement.
        return (int) (month >>> 32) + Integer.bitCount((int) month & (1 << day - 1) - 1);
    }

    /** 1 if the day is a working day, else 0. */
    private static int bit(long month, int day) {
        return (int) month >>> (day - 1) & 1;
    }

    /** The rank of a date, allowing the first day after the last year (the total count). */
    private int rankOrEnd(LocalDate date) {
        if (date.getYear() == lastYear + 1 && date.getDayOfYear() == 1) {
            return workingDayByRank.length;
        }
        return rankBefore(months[month(date)], date.getDayOfMonth());
    }

    private LocalDate nextFromRank(int rank, LocalDate from) {
        if (rank >= workingDayByRank.length) {
            throw new IllegalArgumentException(
                    "No working day after " + from + " within the calendar's years " + years());
        }
        return workingDayByRank[rank];
    }

    private LocalDate previousFromRank(int rank, LocalDate from) {
        if (rank < 0) {
            throw new IllegalArgumentException(
                    "No working day before " + from + " within the calendar's years " + years());
        }
        return workingDayByRank[rank];
    }
}
