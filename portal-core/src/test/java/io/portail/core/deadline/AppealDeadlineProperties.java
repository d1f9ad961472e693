package io.portail.core.deadline;

import static org.assertj.core.api.Assertions.assertThat;

import io.portail.core.calendar.WorkingCalendar;
import io.portail.core.calendar.fr.FrenchCalendars;
import java.time.LocalDate;
import java.time.Period;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.IntRange;

/** CJA art. R421-1 and CPC art. 642: an appeal deadline never ends on a non-working day. */
class AppealDeadlineProperties {

    private static final long FIRST = LocalDate.of(2000, 1, 1).toEpochDay();

    @Property
    void neverEndsOnADayItsRuleForbids(
            @ForAll @IntRange(min = 0, max = 36000) int offset,
            @ForAll("departments") String department) {
        WorkingCalendar calendar = FrenchCalendars.forDepartment(department);
        LocalDate notified = LocalDate.ofEpochDay(FIRST + offset);

        AppealDeadline deadline = AppealDeadline.contentious(notified, calendar);

        assertThat(calendar.isWorkingDay(deadline.lastDay())).isTrue();
        // Never earlier than the day after the day reached by two months (CPC art. 641, délai
        // franc), and moved by at most the longest run of non-working days. The day reached is
        // worked out here from the text: the same day number two months on, or that month's last
        // day when it has none.
        java.time.YearMonth target = java.time.YearMonth.from(notified).plusMonths(2);
        int day = Math.min(notified.getDayOfMonth(), target.lengthOfMonth());
        LocalDate unmoved = target.atDay(day).plusDays(1);
        assertThat(deadline.lastDay()).isAfterOrEqualTo(unmoved);
        assertThat(deadline.lastDay()).isBefore(unmoved.plusDays(6));
        assertThat(calendar.countWorkingDays(unmoved, deadline.lastDay())).isZero();
    }

    @Property
    void implicitDecisionsAreReliedOnTheDayAfterTheyAreBorn(
            @ForAll @IntRange(min = 0, max = 36000) int offset,
            @ForAll @IntRange(min = 1, max = 24) int months) {
        LocalDate received = LocalDate.ofEpochDay(FIRST + offset);

        ImplicitDecision decision =
                ImplicitDecision.after(
                        ImplicitDecision.Kind.ACCEPTANCE, received, Period.ofMonths(months));

        assertThat(decision.effectiveFrom()).isEqualTo(decision.bornOn().plusDays(1));
        assertThat(decision.bornOn().getDayOfMonth()).isLessThanOrEqualTo(received.getDayOfMonth());
        assertThat(decision.bornOn().withDayOfMonth(1))
                .isEqualTo(received.withDayOfMonth(1).plusMonths(months));
    }

    @Provide
    Arbitrary<String> departments() {
        return Arbitraries.of(
                "75", "2A", "57", "67", "971", "972", "973", "974", "975", "976", "977", "978");
    }
}
