package io.portail.core.calendar;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Checks that an implementation of {@link WorkingCalendar} keeps the interface's promises.
 *
 * <p>Adapter authors extend this class in a test named {@code XxxTests} and return their calendar
 * from {@link #calendar()}; the calendar must cover at least three years. Every day of two whole
 * years in its range is checked.
 */
public abstract class WorkingCalendarContract {

    /** Creates the contract for a subclass. */
    protected WorkingCalendarContract() {}

    /**
     * Returns the calendar under test.
     *
     * @return the calendar, covering at least three years
     */
    protected abstract WorkingCalendar calendar();

    private List<LocalDate> days() {
        WorkingCalendar calendar = calendar();
        int year = calendar.firstYear() + (calendar.lastYear() - calendar.firstYear()) / 2;
        LocalDate first = LocalDate.of(year == calendar.lastYear() ? year - 1 : year, 1, 1);
        return first.datesUntil(first.plusYears(2)).toList();
    }

    @Test
    void movingGivesAWorkingDayThatCountingAgreesWith() {
        WorkingCalendar calendar = calendar();
        for (LocalDate day : days()) {
            for (int n = -40; n <= 40; n += 3) {
                LocalDate reached = calendar.plusWorkingDays(day, n);

                assertThat(calendar.isWorkingDay(reached)).as("%s + %s", day, n).isTrue();
                if (calendar.isWorkingDay(day)) {
                    assertThat(calendar.plusWorkingDays(reached, -n)).isEqualTo(day);
                    int count =
                            n >= 0
                                    ? calendar.countWorkingDays(day, reached)
                                    : -calendar.countWorkingDays(reached, day);
                    assertThat(count).as("count %s + %s", day, n).isEqualTo(n);
                }
            }
        }
    }

    @Test
    void neighboursAreTheClosestWorkingDays() {
        WorkingCalendar calendar = calendar();
        for (LocalDate day : days()) {
            LocalDate next = calendar.next(day);
            LocalDate previous = calendar.previous(day);

            assertThat(calendar.isWorkingDay(next)).isTrue();
            assertThat(calendar.isWorkingDay(previous)).isTrue();
            assertThat(calendar.countWorkingDays(day.plusDays(1), next)).isZero();
            assertThat(calendar.countWorkingDays(previous.plusDays(1), day)).isZero();
            boolean working = calendar.isWorkingDay(day);
            assertThat(calendar.nextOrSame(day)).isEqualTo(working ? day : next);
            assertThat(calendar.previousOrSame(day)).isEqualTo(working ? day : previous);
            assertThat(calendar.plusWorkingDays(day, 1)).isEqualTo(next);
            assertThat(calendar.plusWorkingDays(day, -1)).isEqualTo(previous);
            assertThat(calendar.plusWorkingDays(day, 0)).isEqualTo(calendar.nextOrSame(day));
        }
    }

    @Test
    void holidaysAreNotWorkingDays() {
        WorkingCalendar calendar = calendar();
        int year = days().get(0).getYear();
        for (PublicHoliday holiday : calendar.holidays(year)) {
            assertThat(holiday.date().getYear()).isEqualTo(year);
            assertThat(calendar.isWorkingDay(holiday.date())).isFalse();
            assertThat(calendar.holiday(holiday.date())).contains(holiday);
        }
    }

    @Test
    void refusesDatesOutsideItsYears() {
        WorkingCalendar calendar = calendar();
        LocalDate before = LocalDate.of(calendar.firstYear() - 1, 12, 31);
        LocalDate after = LocalDate.of(calendar.lastYear() + 1, 1, 1);

        assertThatThrownBy(() -> calendar.isWorkingDay(before))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> calendar.isWorkingDay(after))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> calendar.plusWorkingDays(before, 1))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> calendar.holidays(calendar.lastYear() + 1))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(
                        () ->
                                calendar.plusWorkingDays(
                                        LocalDate.of(calendar.lastYear(), 12, 31), 400))
                .isInstanceOf(IllegalArgumentException.class);
    }
}
