package io.portail.core.canteen;

import static io.portail.core.canteen.SaintExempleCanteen.CALENDAR;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class CutOffTests {

    @Nested
    class Weekly {
        @ParameterizedTest(name = "meal {0}: until {1}")
        @CsvSource({
            "2026-03-16, 2026-03-12T12:00",
            "2026-03-20, 2026-03-12T12:00",
            "2026-03-22, 2026-03-12T12:00",
            "2026-03-23, 2026-03-19T12:00",
        })
        void closesOnThursdayNoonOfTheWeekBefore(LocalDate meal, LocalDateTime deadline) {
            assertThat(CutOff.weekly(DayOfWeek.THURSDAY, LocalTime.NOON).deadline(meal))
                    .isEqualTo(deadline);
        }
    }

    @Nested
    class WorkingDaysBefore {
        @ParameterizedTest(name = "meal {0}: until {1}")
        @CsvSource({
            "2026-03-16, 2026-03-12T10:00",
            "2026-03-19, 2026-03-17T10:00",
            // Easter Monday, 6 April 2026, is not a working day (Code du travail L3133-1).
            "2026-04-07, 2026-04-02T10:00",
            // Ascension Thursday, 14 May 2026, neither.
            "2026-05-15, 2026-05-12T10:00",
        })
        void skipsWeekendsAndPublicHolidays(LocalDate meal, LocalDateTime deadline) {
            assertThat(CutOff.workingDaysBefore(2, LocalTime.of(10, 0), CALENDAR).deadline(meal))
                    .isEqualTo(deadline);
        }

        @Test
        void refusesMoreThanTwentyDays() {
            assertThatThrownBy(() -> CutOff.workingDaysBefore(21, LocalTime.NOON, CALENDAR))
                    .isInstanceOf(IllegalArgumentException.class)
                    .hasMessage("A cut-off is 0 to 20 working days before the meal: 21");
        }
    }

    @Nested
    class DaylightSaving {
        @Test
        void aCutOffInTheSkippedHourMovesOneHourLater() {
            // 29 March 2026: clocks go from 02:00 to 03:00 in Paris; 02:30 does not exist and
            // becomes 03:30 CEST, 01:30 UTC (see F12 for the same kind of gap).
            CanteenRules rules =
                    SaintExempleCanteen.rules()
                            .cutOffs(
                                    CutOff.weekly(DayOfWeek.SUNDAY, LocalTime.of(2, 30)),
                                    CutOff.weekly(DayOfWeek.SUNDAY, LocalTime.of(2, 30)))
                            .build();
            LocalDate meal = LocalDate.of(2026, 4, 2);
            ChildId child = ChildId.of("E-0003");

            Outcome before =
                    new Canteen(rules, SaintExempleCanteen.at("2026-03-29T01:29:59Z"))
                            .book(child, meal);
            Outcome at =
                    new Canteen(rules, SaintExempleCanteen.at("2026-03-29T01:30:00Z"))
                            .book(child, meal);

            assertThat(before.isDone()).isTrue();
            assertThat(at.isDone()).isFalse();
        }

        @Test
        void aCutOffAfterTheChangeUsesSummerTime() {
            // Thursday 2 April 2026 at 10:00 CEST is 08:00 UTC.
            Canteen before =
                    new Canteen(
                            SaintExempleCanteen.rules().build(),
                            SaintExempleCanteen.at("2026-03-26T10:59:59Z"));
            before.book(ChildId.of("E-0004"), LocalDate.of(2026, 4, 7));
            MutableClock clock = new MutableClock("2026-03-20T08:00:00Z");
            Canteen canteen = new Canteen(SaintExempleCanteen.rules().build(), clock);
            canteen.book(ChildId.of("E-0004"), LocalDate.of(2026, 4, 7));

            clock.set("2026-04-02T08:00:00Z");
            assertThat(canteen.cancel(ChildId.of("E-0004"), LocalDate.of(2026, 4, 7)).isDone())
                    .isFalse();
            clock.set("2026-04-02T07:59:59Z");
            assertThat(canteen.cancel(ChildId.of("E-0004"), LocalDate.of(2026, 4, 7)).isDone())
                    .isTrue();
        }
    }
}
