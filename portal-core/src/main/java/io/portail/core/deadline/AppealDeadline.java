package io.portail.core.deadline;

import static java.util.Objects.requireNonNull;

import io.portail.core.calendar.WorkingCalendar;
import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.Period;

/**
 * The last day to appeal a decision before the administrative court; immutable.
 *
 * <p>The period is a délai franc (CJA art. R421-1 for the two months; a délai franc per CE, 29
 * décembre 2006, n° 289818): neither the day of notification nor the day on which the period would
 * end is counted. This class computes it as follows:
 *
 * <ol>
 *   <li>the period starts the day after notification;
 *   <li>it is added to that day, months first, a missing day of month giving the month's last day
 *       (CPC art. 641): the appeal may still be filed throughout the day reached, which is the last
 *       day;
 *   <li>a last day that is a Saturday, Sunday or public holiday moves to the next working day (CPC
 *       art. 642, applied by the administrative courts, e.g. CE 19 septembre 2014 n° 362568).
 * </ol>
 *
 * <p>Example: notified on 10 March 2026, the period starts on 11 March and the appeal may be filed
 * until the end of 11 May 2026 (a Monday). When the month reached is shorter (notified on 30
 * December 2025: 31 December plus two months), the last day is that month's last day, 28 February
 * 2026, moved here to Monday 2 March: the earlier of the readings found in practice.
 *
 * <p>Note: the extra delays for distance (CJA art. R421-7: one month overseas, two abroad) are not
 * added; add them to the period when they apply.
 *
 * @param notifiedOn the day the decision was notified
 * @param period the period to appeal, for example two months
 * @param lastDay the last day on which the appeal can be filed, always a working day
 */
public record AppealDeadline(LocalDate notifiedOn, Period period, LocalDate lastDay) {

    /** The ordinary period to appeal: two months (CJA art. R421-1). */
    public static final Period CONTENTIOUS_PERIOD = Period.ofMonths(2);

    /**
     * Checks the components.
     *
     * @param notifiedOn the day the decision was notified
     * @param period the period to appeal
     * @param lastDay the last day on which the appeal can be filed
     * @throws IllegalArgumentException if the last day is not after the notification
     */
    public AppealDeadline {
        requireNonNull(notifiedOn, "notifiedOn");
        requireNonNull(period, "period");
        requireNonNull(lastDay, "lastDay");
        if (!lastDay.isAfter(notifiedOn)) {
            throw new IllegalArgumentException(
                    "The last day to appeal comes after the notification: "
                            + notifiedOn
                            + " then "
                            + lastDay);
        }
    }

    /**
     * Computes the ordinary two-month deadline to appeal a notified decision (CJA art. R421-1).
     *
     * @param notifiedOn the day the decision was notified
     * @param calendar the working days of the court's territory
     * @return the deadline
     * @throws IllegalArgumentException if a date falls outside the calendar's years
     */
    public static AppealDeadline contentious(LocalDate notifiedOn, WorkingCalendar calendar) {
        return of(notifiedOn, CONTENTIOUS_PERIOD, calendar);
    }

    /**
     * Computes a deadline to appeal, counted as a délai franc.
     *
     * @param notifiedOn the day the decision was notified
     * @param period the period to appeal, positive
     * @param calendar the working days of the court's territory
     * @return the deadline
     * @throws IllegalArgumentException if the period is zero or has a negative part, or a date
     *     falls outside the calendar's years or beyond the year 999999999
     */
    public static AppealDeadline of(LocalDate notifiedOn, Period period, WorkingCalendar calendar) {
        requireNonNull(notifiedOn, "notifiedOn");
        requireNonNull(period, "period");
        requireNonNull(calendar, "calendar");
        if (period.isZero()
                || period.getYears() < 0
                || period.getMonths() < 0
                || period.getDays() < 0) {
            throw new IllegalArgumentException("The period to appeal must be positive: " + period);
        }
        LocalDate end;
        try {
            end = notifiedOn.plusDays(1).plus(period);
        } catch (DateTimeException | ArithmeticException tooLong) {
            throw new IllegalArgumentException(
                    "The period to appeal ends beyond the last supported date: " + period);
        }
        return new AppealDeadline(notifiedOn, period, calendar.nextOrSame(end));
    }

    /**
     * Tells whether an appeal filed on a day is within the deadline.
     *
     * @param filedOn the day the appeal reached the court
     * @return true when it is not after the last day
     */
    public boolean allows(LocalDate filedOn) {
        requireNonNull(filedOn, "filedOn");
        return !filedOn.isAfter(lastDay);
    }
}
