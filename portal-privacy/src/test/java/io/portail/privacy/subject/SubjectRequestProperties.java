package io.portail.privacy.subject;

import static org.assertj.core.api.Assertions.assertThat;

import io.portail.privacy.text.LocalizedText;
import java.time.DayOfWeek;
import java.time.LocalDate;
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
}
