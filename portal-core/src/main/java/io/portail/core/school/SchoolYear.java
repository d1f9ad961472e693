package io.portail.core.school;

import java.time.LocalDate;
import java.time.Month;

/**
 * A school year, named by the calendar year in which it starts: {@code 2025-2026} starts in
 * September 2025. Immutable and thread-safe.
 *
 * @param startYear the calendar year of the school start (rentrée)
 */
public record SchoolYear(int startYear) implements Comparable<SchoolYear> {
    /**
     * Checks the year.
     *
     * @param startYear the calendar year of the school start
     * @throws IllegalArgumentException if the year is before 1900 or after 2200
     */
    public SchoolYear {
        if (startYear < 1900 || startYear > 2200) {
            throw new IllegalArgumentException(
                    "A school year starts between 1900 and 2200: " + startYear);
        }
    }

    /**
     * Returns the school year starting in a calendar year.
     *
     * @param startYear the calendar year of the school start
     * @return the school year
     * @throws IllegalArgumentException if the year is before 1900 or after 2200
     */
    public static SchoolYear startingIn(int startYear) {
        return new SchoolYear(startYear);
    }

    /**
     * Returns the school year a date belongs to, taking 1 September as its first day.
     *
     * <p>Note: the actual school start is set each year by the Ministry of Education and falls in
     * the first days of September; a date between 1 September and that day is counted in the new
     * school year.
     *
     * @param date the date
     * @return the school year containing the date
     */
    public static SchoolYear containing(LocalDate date) {
        return new SchoolYear(
                date.getMonthValue() >= Month.SEPTEMBER.getValue()
                        ? date.getYear()
                        : date.getYear() - 1);
    }

    /**
     * Returns the following school year.
     *
     * @return the next school year
     */
    public SchoolYear next() {
        return new SchoolYear(startYear + 1);
    }

    @Override
    public int compareTo(SchoolYear other) {
        return Integer.compare(startYear, other.startYear);
    }

    @Override
    public String toString() {
        return startYear + "-" + (startYear + 1);
    }
}
