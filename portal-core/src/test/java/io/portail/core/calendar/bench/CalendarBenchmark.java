package io.portail.core.calendar.bench;

import io.portail.core.calendar.PublicHoliday;
import io.portail.core.calendar.WorkingCalendar;
import io.portail.core.calendar.fr.FrenchCalendars;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.HashSet;
import java.util.Random;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;

/**
 * Adding 1 to 30 working days from varied start dates: the bitset calendar against a baseline that
 * walks day by day with java.time over a {@code HashSet<LocalDate>} of the same holidays.
 *
 * <p>Run: {@code mvn -B -Pbench -pl portal-core -DskipTests test -Djmh.args="CalendarBenchmark -f 1
 * -wi 3 -i 5"}
 */
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.NANOSECONDS)
@State(Scope.Thread)
public class CalendarBenchmark {

    private static final int CASES = 1024;

    private final LocalDate[] starts = new LocalDate[CASES];
    private final int[] amounts = new int[CASES];
    private WorkingCalendar calendar = FrenchCalendars.forDepartment("75");
    private Set<LocalDate> holidays = new HashSet<>();
    private int next;

    /** Draws the start dates (2020 to 2039, any day of the week) and amounts (1 to 30). */
    @Setup
    public void setUp() {
        calendar = FrenchCalendars.forDepartment("75");
        holidays = new HashSet<>();
        for (int year = calendar.firstYear(); year <= calendar.lastYear(); year++) {
            for (PublicHoliday holiday : calendar.holidays(year)) {
                holidays.add(holiday.date());
            }
        }
        Random random = new Random(20260316L);
        long first = LocalDate.of(2020, 1, 1).toEpochDay();
        for (int i = 0; i < CASES; i++) {
            starts[i] = LocalDate.ofEpochDay(first + random.nextInt(20 * 365));
            amounts[i] = 1 + random.nextInt(30);
        }
    }

    /**
     * The harness alone: picks a case and returns its start date, the floor under both others.
     *
     * @return the start date
     */
    @Benchmark
    public LocalDate harnessFloor() {
        int i = next++ & (CASES - 1);
        return starts[i];
    }

    /**
     * Bitset calendar.
     *
     * @return the working day reached
     */
    @Benchmark
    public LocalDate bitset() {
        int i = next++ & (CASES - 1);
        return calendar.plusWorkingDays(starts[i], amounts[i]);
    }

    /**
     * Baseline: one day at a time, skipping weekends and holidays found in a hash set.
     *
     * @return the working day reached
     */
    @Benchmark
    public LocalDate baselineDayByDay() {
        int i = next++ & (CASES - 1);
        LocalDate day = starts[i];
        int left = amounts[i];
        while (left > 0) {
            day = day.plusDays(1);
            DayOfWeek weekday = day.getDayOfWeek();
            if (weekday != DayOfWeek.SATURDAY
                    && weekday != DayOfWeek.SUNDAY
                    && !holidays.contains(day)) {
                left--;
            }
        }
        return day;
    }
}
