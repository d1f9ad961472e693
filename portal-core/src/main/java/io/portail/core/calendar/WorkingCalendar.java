package io.portail.core.calendar;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

/**
 * The working days (jours ouvrés) of an administration: every day that is neither a weekend day nor
 * a public holiday.
 *
 * <p>Implementations are immutable and thread-safe. A calendar covers a range of years, from {@link
 * #firstYear()} to {@link #lastYear()} inclusive; every method given a date outside that range, or
 * whose answer would fall outside it, throws {@link IllegalArgumentException}.
 */
public interface WorkingCalendar {

    /**
     * Returns the identifier of this calendar, for example {@code FR-METRO}.
     *
     * @return the identifier, never empty
     */
    String id();

    /**
     * Returns the first year this calendar covers.
     *
     * @return the first supported year
     */
    int firstYear();

    /**
     * Returns the last year this calendar covers.
     *
     * @return the last supported year, inclusive
     */
    int lastYear();

    /**
     * Tells whether a date is a working day.
     *
     * @param date the date
     * @return true when the date is neither a weekend day nor a public holiday
     * @throws IllegalArgumentException if the date is outside the supported years
     */
    boolean isWorkingDay(LocalDate date);

    /**
     * Returns the public holiday falling on a date, if any, including one that falls on a weekend.
     *
     * @param date the date
     * @return the holiday, or empty
     * @throws IllegalArgumentException if the date is outside the supported years
     */
    Optional<PublicHoliday> holiday(LocalDate date);

    /**
     * Returns the public holidays of a year in date order, including those on a weekend.
     *
     * @param year the year
     * @return the holidays of the year, unmodifiable
     * @throws IllegalArgumentException if the year is outside the supported years
     */
    List<PublicHoliday> holidays(int year);

    /**
     * Returns the date itself if it is a working day, otherwise the next working day.
     *
     * @param date the date
     * @return a working day on or after the date
     * @throws IllegalArgumentException if the date or the answer is outside the supported years
     */
    LocalDate nextOrSame(LocalDate date);

    /**
     * Returns the first working day strictly after a date.
     *
     * @param date the date
     * @return a working day after the date
     * @throws IllegalArgumentException if the date or the answer is outside the supported years
     */
    LocalDate next(LocalDate date);

    /**
     * Returns the date itself if it is a working day, otherwise the previous working day.
     *
     * @param date the date
     * @return a working day on or before the date
     * @throws IllegalArgumentException if the date or the answer is outside the supported years
     */
    LocalDate previousOrSame(LocalDate date);

    /**
     * Returns the last working day strictly before a date.
     *
     * @param date the date
     * @return a working day before the date
     * @throws IllegalArgumentException if the date or the answer is outside the supported years
     */
    LocalDate previous(LocalDate date);

    /**
     * Moves a number of working days from a date.
     *
     * <p>A positive amount {@code n} returns the n-th working day strictly after the date, a
     * negative amount the n-th working day strictly before it; the date itself need not be a
     * working day. Zero returns {@link #nextOrSame(LocalDate)}, so the answer is always a working
     * day. For a working day {@code d}, {@code plusWorkingDays(plusWorkingDays(d, n), -n)} is
     * {@code d}.
     *
     * @param date the starting date
     * @param workingDays the number of working days, negative to move back
     * @return the working day reached
     * @throws IllegalArgumentException if the date or the answer is outside the supported years
     */
    LocalDate plusWorkingDays(LocalDate date, int workingDays);

    /**
     * Counts the working days from a date, inclusive, to another, exclusive.
     *
     * <p>{@code toExclusive} may be the first day after the last supported year.
     *
     * @param fromInclusive the first day counted
     * @param toExclusive the day after the last day counted
     * @return the number of working days, zero when both dates are equal
     * @throws IllegalArgumentException if {@code toExclusive} is before {@code fromInclusive}, or a
     *     date is outside the supported years
     */
    int countWorkingDays(LocalDate fromInclusive, LocalDate toExclusive);
}
