package io.portail.privacy.subject;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.portail.privacy.text.LocalizedText;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.function.Predicate;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;

class SubjectRequestProperties {
    static final LocalizedText REASON = new LocalizedText("Demande complexe.", "Complex request.");

    @Property
    void theDeadlineIsAWorkingDayNoEarlierThanOneMonth(
            @ForAll @IntRange(min = 0, max = 20_000) int offset,
            @ForAll @IntRange(min = 0, max = 2) int extension) {
        // GDPR art. 12(3); Regulation 1182/71 art. 3(2)(c) and 3(4).
        LocalDate received = LocalDate.of(2000, 1, 1).plusDays(offset);
        SubjectRequest request =
                SubjectRequest.of("dsr-1", RequestType.ACCESS, SubjectRef.of("res-1"), received);
        if (extension > 0) {
            request = request.extend(extension, REASON, received);
        }

        LocalDate due = request.dueOn();

        LocalDate calendarDue = received.plusMonths(1L + extension);
        assertThat(due).isAfterOrEqualTo(calendarDue).isBeforeOrEqualTo(calendarDue.plusDays(2));
        assertThat(due.getDayOfWeek()).isNotIn(DayOfWeek.SATURDAY, DayOfWeek.SUNDAY);
        assertThat(due).isAfter(received.plusDays(27));
    }

    @Property
    void anExtensionToldOnTheDayDueOnGivesIsNeverRefused(
            @ForAll @IntRange(min = 0, max = 20_000) int offset,
            @ForAll @IntRange(min = 1, max = 2) int months,
            @ForAll @IntRange(min = 0, max = 4) int closedAfterWeekend) {
        // GDPR art. 12(3); Regulation 1182/71 art. 3(4): the first month ends where dueOn says,
        // for any calendar; here the first days of each week, up to the given count, are holidays.
        LocalDate received = LocalDate.of(2000, 1, 1).plusDays(offset);
        SubjectRequest request =
                SubjectRequest.of("dsr-1", RequestType.ACCESS, SubjectRef.of("res-1"), received);
        Predicate<LocalDate> workingDay =
                day ->
                        day.getDayOfWeek().getValue() > closedAfterWeekend
                                && day.getDayOfWeek().getValue() < 6;

        LocalDate due = request.dueOn(workingDay);

        assertThat(request.extend(months, REASON, due, workingDay).extensionMonths())
                .isEqualTo(months);
        assertThat(request.firstMonthEndsOn(workingDay)).isEqualTo(due);
        assertThatThrownBy(() -> request.extend(months, REASON, due.plusDays(1), workingDay))
                .isInstanceOf(IllegalArgumentException.class);
        LocalDate weekdayDue = request.dueOn();
        assertThat(request.extend(months, REASON, weekdayDue).dueOn()).isAfter(weekdayDue);
    }
}
