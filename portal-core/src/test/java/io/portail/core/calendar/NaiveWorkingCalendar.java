package io.portail.core.calendar;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/** A day-by-day reference implementation, to check the bitset calendar against. */
final class NaiveWorkingCalendar implements WorkingCalendar {

    private final int firstYear;
    private final int lastYear;
    private final Set<DayOfWeek> weekend;
    private final Set<LocalDate> holidays = new HashSet<>();

    NaiveWorkingCalendar(
            int firstYear, int lastYear, Set<DayOfWeek> weekend, Iterable<LocalDate> holidays) {
        this.firstYear = firstYear;
        this.lastYear = lastYear;
        this.weekend = Set.copyOf(weekend);
        holidays.forEach(this.holidays::add);
    }

    @Override
    public String id() {
        return "naive";
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
        check(date);
        return !weekend.contains(date.getDayOfWeek()) && !holidays.contains(date);
    }

    @Override
    public Optional<PublicHoliday> holiday(LocalDate date) {
        throw new UnsupportedOperationException();
    }

    @Override
    public List<PublicHoliday> holidays(int year) {
        throw new UnsupportedOperationException();
    }

    @Override
    public LocalDate nextOrSame(LocalDate date) {
        LocalDate d = date;
        while (!isWorkingDay(d)) {
            d = d.plusDays(1);
        }
        return d;
    }

    @Override
    public LocalDate next(LocalDate date) {
        return nextOrSame(date.plusDays(1));
    }

    @Override
    public LocalDate previousOrSame(LocalDate date) {
        LocalDate d = date;
        while (!isWorkingDay(d)) {
            d = d.minusDays(1);
        }
        return d;
    }

    @Override
    public LocalDate previous(LocalDate date) {
        return previousOrSame(date.minusDays(1));
    }

    @Override
    public LocalDate plusWorkingDays(LocalDate date, int workingDays) {
        check(date);
        if (workingDays == 0) {
            return nextOrSame(date);
        }
        LocalDate d = date;
        int left = Math.abs(workingDays);
        int step = workingDays > 0 ? 1 : -1;
        while (left > 0) {
            d = d.plusDays(step);
            if (isWorkingDay(d)) {
                left--;
            }
        }
        return d;
    }

    @Override
    public int countWorkingDays(LocalDate fromInclusive, LocalDate toExclusive) {
        int count = 0;
        for (LocalDate d = fromInclusive; d.isBefore(toExclusive); d = d.plusDays(1)) {
            if (isWorkingDay(d)) {
                count++;
            }
        }
        return count;
    }

    private void check(LocalDate date) {
        if (date.getYear() < firstYear || date.getYear() > lastYear) {
            throw new IllegalArgumentException("Out of range: " + date);
        }
    }
}
