package io.portail.core.appointment;

import static io.portail.core.appointment.Fixtures.CIVIL_WEDDING_FILE;
import static io.portail.core.appointment.Fixtures.FRIDAY_9;
import static io.portail.core.appointment.Fixtures.NOW;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.IntRange;
import net.jqwik.api.constraints.LongRange;

/** Invariants of the appointment book: capacity and cut-offs. */
class AppointmentBookProperties {

    record Step(int kind, int resident, int slot, int minutes) {}

    @Provide
    Arbitrary<List<Step>> steps() {
        return net.jqwik.api.Combinators.combine(
                        Arbitraries.integers().between(0, 4),
                        Arbitraries.integers().between(0, 9),
                        Arbitraries.integers().between(0, 3),
                        Arbitraries.integers().between(0, 30))
                .as(Step::new)
                .list()
                .ofMaxSize(60);
    }

    /**
     * Whatever residents do, in any order and at any pace, no slot takes more than its capacity.
     */
    @Property(tries = 300)
    void capacityIsNeverExceeded(
            @ForAll("steps") List<Step> steps, @ForAll @IntRange(min = 1, max = 3) int capacity) {
        MutableClock clock = new MutableClock(NOW);
        Agenda agenda = Fixtures.agenda("mariages", CIVIL_WEDDING_FILE, capacity);
        AppointmentBook book = Fixtures.book(clock, InMemoryAntsStatusLookup.create(), agenda);
        List<Instant> slots = agenda.slotStarts(LocalDate.of(2026, 3, 20)).subList(0, 4);
        List<String> holds = new java.util.ArrayList<>();
        List<String> appointments = new java.util.ArrayList<>();

        for (Step step : steps) {
            Instant slot = slots.get(step.slot());
            String resident = "resident-" + step.resident();
            switch (step.kind()) {
                case 0 -> {
                    if (book.hold("mariages", slot, resident)
                            instanceof BookingResult.Done<Hold> done) {
                        holds.add(done.value().id());
                    }
                }
                case 1 -> {
                    if (!holds.isEmpty()
                            && book.confirm(holds.get(step.resident() % holds.size()), null)
                                    instanceof BookingResult.Done<Appointment> done) {
                        appointments.add(done.value().id());
                    }
                }
                case 2 -> {
                    if (book.book("mariages", slot, resident, null)
                            instanceof BookingResult.Done<Appointment> done) {
                        appointments.add(done.value().id());
                    }
                }
                case 3 -> {
                    if (!appointments.isEmpty()) {
                        String id = appointments.get(step.resident() % appointments.size());
                        if (step.minutes() % 2 == 0) {
                            book.cancel(id);
                        } else {
                            book.move(id, slot);
                        }
                    }
                }
                default -> clock.advance(Duration.ofMinutes(step.minutes()));
            }
            for (Instant s : slots) {
                assertThat(book.appointmentsAt("mariages", s).size()).isLessThanOrEqualTo(capacity);
                assertThat(book.remaining("mariages", s)).isBetween(0, capacity);
            }
        }
    }

    /**
     * An operation with a cut-off is allowed exactly while now + cut-off is not after the start.
     */
    @Property
    void cutoffsAllowExactlyUpToTheLimit(
            @ForAll @LongRange(min = 0, max = 7 * 24 * 60) long cutoffMinutes,
            @ForAll @LongRange(min = -10 * 24 * 60, max = 10 * 24 * 60) long minutesBeforeStart) {
        Instant now = FRIDAY_9.minus(Duration.ofMinutes(minutesBeforeStart));

        boolean allowed =
                AppointmentBook.isBeforeCutoff(now, FRIDAY_9, Duration.ofMinutes(cutoffMinutes));

        assertThat(allowed).isEqualTo(minutesBeforeStart >= cutoffMinutes);
    }

    /** Cancelling is refused exactly when the cancellation cut-off (48 hours) has passed. */
    @Property(tries = 200)
    void cancellationFollowsItsCutoff(@ForAll @LongRange(min = 0, max = 4 * 24 * 60) long minutes) {
        MutableClock clock = new MutableClock(NOW);
        AppointmentBook book =
                Fixtures.book(
                        clock,
                        InMemoryAntsStatusLookup.create(),
                        Fixtures.agenda("mariages", CIVIL_WEDDING_FILE, 1));
        Appointment appointment =
                ((BookingResult.Done<Appointment>) book.book("mariages", FRIDAY_9, "r", null))
                        .value();
        clock.set(FRIDAY_9.minus(Duration.ofMinutes(minutes)));

        BookingResult<Appointment> result = book.cancel(appointment.id());

        assertThat(result.isDone()).isEqualTo(minutes >= 48 * 60);
    }
}
