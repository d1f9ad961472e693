package io.portail.core.deadline;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.portail.core.deadline.ImplicitDecision.Kind;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.Period;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class ImplicitDecisionTests {

    @Nested
    class SilenceVautAcceptation {

        /** Case F15; CRPA art. L231-1 (two months), born at the end of the last day. */
        @Test
        void isBornAtTheEndOfTheLastDayAndReliedOnFromTheNext() {
            ImplicitDecision decision = ImplicitDecision.acceptance(LocalDate.of(2026, 3, 16));

            assertThat(decision)
                    .isEqualTo(
                            new ImplicitDecision(
                                    Kind.ACCEPTANCE,
                                    LocalDate.of(2026, 5, 16),
                                    LocalDate.of(2026, 5, 17)));
        }

        /** Case F15: 16 May 2026 is a Saturday; silence runs on every day, nothing moves. */
        @Test
        void isNotMovedOffAWeekend() {
            ImplicitDecision decision = ImplicitDecision.acceptance(LocalDate.of(2026, 3, 16));

            assertThat(decision.bornOn().getDayOfWeek()).isEqualTo(DayOfWeek.SATURDAY);
            assertThat(decision.bornOn()).isEqualTo(LocalDate.of(2026, 5, 16));
        }
    }

    @Nested
    class SilenceVautRejet {

        /** CRPA art. L231-4: two months as well. */
        @Test
        void followsTheSameReckoning() {
            ImplicitDecision decision = ImplicitDecision.rejection(LocalDate.of(2026, 1, 5));

            assertThat(decision.kind()).isEqualTo(Kind.REJECTION);
            assertThat(decision.bornOn()).isEqualTo(LocalDate.of(2026, 3, 5));
            assertThat(decision.effectiveFrom()).isEqualTo(LocalDate.of(2026, 3, 6));
        }
    }

    /** Periods in months: same day number, or the month's last day (CPC art. 641). */
    @Nested
    class PeriodsInMonths {

        @ParameterizedTest
        @CsvSource({
            "2026-01-31, P1M, 2026-02-28",
            "2028-01-31, P1M, 2028-02-29",
            "2025-12-31, P2M, 2026-02-28",
            "2026-03-31, P1M, 2026-04-30",
            "2026-08-31, P2M, 2026-10-31",
            "2026-03-16, P4M, 2026-07-16",
            "2026-03-16, P15D, 2026-03-31",
            "2026-03-16, P1Y, 2027-03-16"
        })
        void endOnTheSameDayNumberOrTheMonthsLastDay(String received, String period, String end) {
            ImplicitDecision decision =
                    ImplicitDecision.after(
                            Kind.ACCEPTANCE, LocalDate.parse(received), Period.parse(period));

            assertThat(decision.bornOn()).isEqualTo(LocalDate.parse(end));
        }

        @Test
        void refusesAnEmptyOrNegativePeriod() {
            LocalDate day = LocalDate.of(2026, 3, 16);

            assertThatThrownBy(() -> ImplicitDecision.after(Kind.ACCEPTANCE, day, Period.ZERO))
                    .isInstanceOf(IllegalArgumentException.class)
                    .hasMessage("The period of silence must be positive: P0D");
            assertThatThrownBy(
                            () -> ImplicitDecision.after(Kind.ACCEPTANCE, day, Period.of(0, 2, -1)))
                    .isInstanceOf(IllegalArgumentException.class);
        }

        @Test
        void refusesAPeriodBeyondTheLastSupportedDate() {
            assertThatThrownBy(
                            () ->
                                    ImplicitDecision.after(
                                            Kind.ACCEPTANCE,
                                            LocalDate.of(2026, 3, 16),
                                            Period.ofYears(Integer.MAX_VALUE)))
                    .isInstanceOf(IllegalArgumentException.class)
                    .hasMessage(
                            "The period of silence ends beyond the last supported date: P"
                                    + Integer.MAX_VALUE
                                    + "Y");
        }

        @Test
        void refusesInconsistentComponents() {
            assertThatThrownBy(
                            () ->
                                    new ImplicitDecision(
                                            Kind.ACCEPTANCE,
                                            LocalDate.of(2026, 5, 16),
                                            LocalDate.of(2026, 5, 16)))
                    .isInstanceOf(IllegalArgumentException.class);
        }
    }
}
