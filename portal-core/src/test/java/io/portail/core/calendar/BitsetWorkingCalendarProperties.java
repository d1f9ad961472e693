package io.portail.core.calendar;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.portail.core.calendar.fr.FrenchCalendars;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Random;
import java.util.Set;
import java.util.function.Supplier;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.IntRange;

/** Properties of {@link BitsetWorkingCalendar}, checked against a day-by-day implementation. */
class BitsetWorkingCalendarProperties {

    private static final int FIRST = 2020;
    private static final int LAST = 2023;
    private static final long FIRST_DAY = LocalDate.of(FIRST, 1, 1).toEpochDay();
    private static final long LAST_DAY = LocalDate.of(LAST, 12, 31).toEpochDay();

    private static final WorkingCalendar METRO = FrenchCalendars.forDepartment("75");
    private static final long METRO_FIRST = LocalDate.of(2003, 1, 1).toEpochDay();
    private static final long METRO_LAST = LocalDate.of(2100, 12, 31).toEpochDay();

    /** A calendar with random holidays and weekend, and its naive twin. */
    private record Twins(BitsetWorkingCalendar bitset, NaiveWorkingCalendar naive) {}

    private static Twins twins(long seed) {
        Random random = new Random(seed);
        Set<DayOfWeek> weekend = EnumSet.noneOf(DayOfWeek.class);
        for (DayOfWeek day : DayOfWeek.values()) {
            if (random.nextInt(4) == 0) {
                weekend.add(day);
            }
        }
        if (weekend.size() == 7) {
            weekend.remove(DayOfWeek.MONDAY);
        }
        // From none to about a third of the days as holidays, with runs longer than a month.
        int density = random.nextInt(4);
        List<PublicHoliday> holidays = new ArrayList<>();
        List<LocalDate> dates = new ArrayList<>();
        for (long day = FIRST_DAY; day <= LAST_DAY; day++) {
            boolean holiday =
                    density > 0 && random.nextInt(10) < density || day % 400 < 40 && seed % 3 == 0;
            if (holiday) {
                LocalDate date = LocalDate.ofEpochDay(day);
                holidays.add(new PublicHoliday(date, "Férié", "Holiday"));
                dates.add(date);
            }
        }
        return new Twins(
                BitsetWorkingCalendar.of("random", FIRST, LAST, weekend, holidays),
                new NaiveWorkingCalendar(FIRST, LAST, weekend, dates));
    }

    private static LocalDate day(long epochDay) {
        return LocalDate.ofEpochDay(epochDay);
    }

    @Property(tries = 300)
    void agreesWithTheDayByDayImplementation(
            @ForAll long seed,
            @ForAll @IntRange(min = 0, max = 1460) int offset,
            @ForAll @IntRange(min = -400, max = 400) int amount,
            @ForAll @IntRange(min = 0, max = 800) int span) {
        Twins twins = twins(seed);
        LocalDate date = day(FIRST_DAY + offset);

        for (WorkingCalendar calendar : List.of(twins.bitset(), twins.naive())) {
            assertThat(calendar.isWorkingDay(date)).isEqualTo(twins.naive().isWorkingDay(date));
        }
        assertSame(() -> twins.bitset().nextOrSame(date), () -> twins.naive().nextOrSame(date));
        assertSame(() -> twins.bitset().next(date), () -> twins.naive().next(date));
        assertSame(
                () -> twins.bitset().previousOrSame(date),
                () -> twins.naive().previousOrSame(date));
        assertSame(() -> twins.bitset().previous(date), () -> twins.naive().previous(date));
        assertSame(
                () -> twins.bitset().plusWorkingDays(date, amount),
                () -> twins.naive().plusWorkingDays(date, amount));
        LocalDate end = day(Math.min(FIRST_DAY + offset + span, LAST_DAY + 1));
        assertThat(twins.bitset().countWorkingDays(date, end))
                .isEqualTo(twins.naive().countWorkingDays(date, end));
    }

    /** Both throw, or both return the same date. */
    private static void assertSame(Supplier<LocalDate> fast, Supplier<LocalDate> naive) {
        LocalDate expected;
        try {
            expected = naive.get();
        } catch (IllegalArgumentException outOfRange) {
            assertThatThrownBy(fast::get).isInstanceOf(IllegalArgumentException.class);
            return;
        }
        assertThat(fast.get()).isEqualTo(expected);
    }

    @Property
    void frenchCalendarsAgreeWithTheDayByDayImplementation(
            @ForAll("departments") String department,
            @ForAll @IntRange(min = 0, max = 34000) int offset,
            @ForAll @IntRange(min = -100, max = 100) int amount) {
        WorkingCalendar calendar = FrenchCalendars.forDepartment(department);
        List<LocalDate> holidays = new ArrayList<>();
        for (int year = 2002; year <= 2099; year++) {
            calendar.holidays(year).forEach(h -> holidays.add(h.date()));
        }
        NaiveWorkingCalendar naive =
                new NaiveWorkingCalendar(
                        2002, 2099, EnumSet.of(DayOfWeek.SATURDAY, DayOfWeek.SUNDAY), holidays);
        LocalDate date = day(METRO_FIRST + offset);

        assertThat(calendar.isWorkingDay(date)).isEqualTo(naive.isWorkingDay(date));
        assertThat(calendar.plusWorkingDays(date, amount))
                .isEqualTo(naive.plusWorkingDays(date, amount));
        assertThat(calendar.countWorkingDays(date, date.plusDays(offset % 500)))
                .isEqualTo(naive.countWorkingDays(date, date.plusDays(offset % 500)));
    }

    @Provide
    Arbitrary<String> departments() {
        return Arbitraries.of("75", "57", "971", "972", "973", "974", "976", "977", "978");
    }

    @Property
    void addingWorkingDaysIsMonotonic(
            @ForAll @IntRange(min = 0, max = 34000) int offset,
            @ForAll @IntRange(min = 0, max = 10) int later,
            @ForAll @IntRange(min = -60, max = 60) int n) {
        LocalDate date = day(METRO_FIRST + offset);
        LocalDate working = METRO.nextOrSame(date);

        // Strictly increasing in the amount from a working day; never decreasing otherwise
        // (from a non-working day, 0 and 1 both give the next working day).
        assertThat(METRO.plusWorkingDays(working, n + 1))
                .isAfter(METRO.plusWorkingDays(working, n));
        assertThat(METRO.plusWorkingDays(date, n + 1))
                .isAfterOrEqualTo(METRO.plusWorkingDays(date, n));
        // Never decreasing in the start date.
        assertThat(METRO.plusWorkingDays(date.plusDays(later), n))
                .isAfterOrEqualTo(METRO.plusWorkingDays(date, n));
    }

    @Property
    void resultIsAlwaysAWorkingDay(
            @ForAll @IntRange(min = 0, max = 34000) int offset,
            @ForAll @IntRange(min = -300, max = 300) int n) {
        LocalDate result = METRO.plusWorkingDays(day(METRO_FIRST + offset), n);

        assertThat(METRO.isWorkingDay(result)).isTrue();
    }

    @Property
    void countingAgreesWithAdding(
            @ForAll @IntRange(min = 0, max = 34000) int offset,
            @ForAll @IntRange(min = 0, max = 600) int n) {
        LocalDate start = METRO.nextOrSame(day(METRO_FIRST + offset));

        LocalDate end = METRO.plusWorkingDays(start, n);

        assertThat(METRO.countWorkingDays(start, end)).isEqualTo(n);
    }

    @Property
    void addingThenSubtractingIsIdentityOnWorkingDays(
            @ForAll @IntRange(min = 0, max = 34000) int offset,
            @ForAll @IntRange(min = -600, max = 600) int n) {
        LocalDate start = METRO.nextOrSame(day(METRO_FIRST + offset));

        LocalDate back = METRO.plusWorkingDays(METRO.plusWorkingDays(start, n), -n);

        assertThat(back).isEqualTo(start);
    }

    @Property
    void countIsAdditive(
            @ForAll @IntRange(min = 0, max = 34000) int offset,
            @ForAll @IntRange(min = 0, max = 900) int first,
            @ForAll @IntRange(min = 0, max = 900) int second) {
        LocalDate a = day(METRO_FIRST + offset);
        LocalDate b = a.plusDays(first);
        LocalDate c = b.plusDays(second);
        if (c.toEpochDay() > METRO_LAST) {
            return;
        }

        assertThat(METRO.countWorkingDays(a, c))
                .isEqualTo(METRO.countWorkingDays(a, b) + METRO.countWorkingDays(b, c));
    }
}
