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
 *   <li>the period is added to the day of notification, months first: it would end on the day of
 *       the month reached that bears the same number, or on that month's last day when it has no
 *       such day (CPC art. 641);
 *   <li>that day is not counted: the appeal may still be filed throughout the next day, which is
 *       the last day;
 *   <li>a last day that is a Saturday, Sunday or public holiday moves to the next working day (CPC
 *       art. 642, applied by the administrative courts, e.g. CE 19 septembre 2014 n° 362568).
 * </ol>
 *
 * <p>Examples: notified on 10 March 2026, the period would end on 10 May, and the appeal may be
 * filed until the end of Monday 11 May 2026. Notified on 30 July 2026, it would end on 30
 * September, and the last day is Thursday 1 October. Notified on 30 December 2025, it would end on
 * 28 February 2026, February having no 30th; the last day, Sunday 1 March, moves to Monday 2 March.
 *
 * <p>This reading follows the text of art. 641 to the letter. An earlier version added the period
 * to the day after notification, which gives a day less when that day's number is missing from the
 * month reached (notified on 30 July: 31 July plus two months, 30 September): a review found it
 * stated on refusal notices (CJA R421-5), where a deadline stated too short may not be held against
 * the resident.
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
            end = notifiedOn.plus(period).plusDays(1);
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
