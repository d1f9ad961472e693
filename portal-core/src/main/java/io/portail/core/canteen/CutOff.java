package io.portail.core.canteen;

import static java.util.Objects.requireNonNull;

import io.portail.core.calendar.WorkingCalendar;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.temporal.TemporalAdjusters;

/**
 * The last moment, in the commune's local time, at which a meal can be booked or cancelled. A
 * request at or after this moment is too late. The commune sets it in its canteen rules (règlement
 * de la restauration scolaire).
 */
public sealed interface CutOff {

    /**
     * Returns the local date and time after which a meal can no longer be booked or cancelled.
     *
     * @param mealDay the day of the meal
     * @return the local deadline, exclusive: a request at this moment is too late
     */
    LocalDateTime deadline(LocalDate mealDay);

    /**
     * Returns a weekly cut-off: meals of a week are booked before a day and time of the week
     * before, for example Thursday at 12:00 for the whole next week.
     *
     * @param day the day of the week before
     * @param time the local time on that day
     * @return the cut-off
     */
    static CutOff weekly(DayOfWeek day, LocalTime time) {
        return new Weekly(day, time);
    }

    /**
     * Returns a cut-off a number of working days before the meal, for example two working days
     * before at 10:00: a Monday meal is then booked before the Thursday before at 10:00.
     *
     * @param workingDays how many working days before the meal, 0 to 20; 0 means the working day of
     *     the meal itself (or the next one)
     * @param time the local time on that day
     * @param calendar the commune's working-day calendar
     * @return the cut-off
     * @throws IllegalArgumentException if the number of days is outside 0 to 20
     */
    static CutOff workingDaysBefore(int workingDays, LocalTime time, WorkingCalendar calendar) {
        return new WorkingDaysBefore(workingDays, time, calendar);
    }

    /**
     * Meals of a week close on a day and time of the week before.
     *
     * @param day the day of the week before
     * @param time the local time on that day
     */
    record Weekly(DayOfWeek day, LocalTime time) implements CutOff {
        /**
         * Checks the parts.
         *
         * @param day the day of the week before
         * @param time the local time on that day
         */
        public Weekly {
            requireNonNull(day, "day");
            requireNonNull(time, "time");
        }

        @Override
        public LocalDateTime deadline(LocalDate mealDay) {
            requireNonNull(mealDay, "mealDay");
            LocalDate monday = mealDay.with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY));
            return monday.minusWeeks(1).plusDays(day.getValue() - 1L).atTime(time);
        }
    }

    /**
     * Meals close a number of working days before, at a local time.
     *
     * @param workingDays how many working days before the meal
     * @param time the local time on that day
     * @param calendar the working-day calendar
     */
    record WorkingDaysBefore(int workingDays, LocalTime time, WorkingCalendar calendar)
            implements CutOff {
        /**
         * Checks the parts.
         *
         * @param workingDays how many working days before the meal, 0 to 20
         * @param time the local time on that day
         * @param calendar the working-day calendar
         * @throws IllegalArgumentException if the number of days is outside 0 to 20
         */
        public WorkingDaysBefore {
            requireNonNull(time, "time");
            requireNonNull(calendar, "calendar");
            if (workingDays < 0 || workingDays > 20) {
                throw new IllegalArgumentException(
                        "A cut-off is 0 to 20 working days before the meal: " + workingDays);
            }
        }

        @Override
        public LocalDateTime deadline(LocalDate mealDay) {
            requireNonNull(mealDay, "mealDay");
            return calendar.plusWorkingDays(mealDay, -workingDays).atTime(time);
        }
    }
}
