package io.portail.core.canteen;

import static java.util.Objects.requireNonNull;

import io.portail.core.calendar.WorkingCalendar;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/**
 * The rules a commune sets for its canteen (règlement de la restauration scolaire): service days,
 * closures, capacity, cut-offs and prices.
 *
 * <p>Meals are served on the service days of the week that are working days of the commune's
 * calendar (public holidays excluded) and outside the closures. School holidays are closures the
 * commune supplies: this library does not ship the national calendar of school holidays, which is
 * set by order of the Minister of Education for each year and zone. Immutable and thread-safe.
 */
public final class CanteenRules {

    private final ZoneId zone;
    private final Set<DayOfWeek> serviceDays;
    private final WorkingCalendar calendar;
    private final List<Closure> closures;
    private final int capacity;
    private final CutOff bookingCutOff;
    private final CutOff cancellationCutOff;
    private final PriceGrid prices;

    private CanteenRules(Builder builder, PriceGrid prices, CutOff booking, CutOff cancellation) {
        this.zone = builder.zone;
        this.serviceDays = Set.copyOf(builder.serviceDays);
        this.calendar = requireNonNull(builder.calendar, "calendar");
        this.closures = List.copyOf(builder.closures);
        this.capacity = builder.capacity;
        this.bookingCutOff = booking;
        this.cancellationCutOff = cancellation;
        this.prices = prices;
    }

    /**
     * Returns a builder; the calendar, the cut-offs and the prices are required.
     *
     * @param calendar the commune's working-day calendar
     * @return a new builder with Europe/Paris, Monday, Tuesday, Thursday and Friday, no closure and
     *     a capacity of 100 meals a day
     */
    public static Builder builder(WorkingCalendar calendar) {
        return new Builder(calendar);
    }

    /**
     * Tells whether the canteen serves meals on a day, and if not, the closure or reason.
     *
     * @param day the day
     * @return empty if meals are served; otherwise the closure holding the day, or none for a day
     *     of the week without service or a public holiday (see {@link #isServiceDay(LocalDate)})
     */
    public Optional<Closure> closureOn(LocalDate day) {
        requireNonNull(day, "day");
        return closures.stream().filter(c -> c.contains(day)).findFirst();
    }

    /**
     * Tells whether a day is a service day: a working service day of the week, outside closures.
     *
     * @param day the day
     * @return true if meals are served
     * @throws IllegalArgumentException if the day is outside the calendar's years
     */
    public boolean isServiceDay(LocalDate day) {
        return serviceDays.contains(day.getDayOfWeek())
                && calendar.isWorkingDay(day)
                && closureOn(day).isEmpty();
    }

    /**
     * Returns the zone of the commune's local times.
     *
     * @return the zone
     */
    public ZoneId zone() {
        return zone;
    }

    /**
     * Returns the most meals served on one day.
     *
     * @return the capacity
     */
    public int capacity() {
        return capacity;
    }

    /**
     * Returns the cut-off for booking.
     *
     * @return the cut-off
     */
    public CutOff bookingCutOff() {
        return bookingCutOff;
    }

    /**
     * Returns the cut-off for cancelling.
     *
     * @return the cut-off
     */
    public CutOff cancellationCutOff() {
        return cancellationCutOff;
    }

    /**
     * Returns the price grid.
     *
     * @return the grid
     */
    public PriceGrid prices() {
        return prices;
    }

    /** Collects the rules; not thread-safe. */
    public static final class Builder {
        private final WorkingCalendar calendar;
        private ZoneId zone = ZoneId.of("Europe/Paris");
        private Set<DayOfWeek> serviceDays =
                EnumSet.of(
                        DayOfWeek.MONDAY, DayOfWeek.TUESDAY, DayOfWeek.THURSDAY, DayOfWeek.FRIDAY);
        private final List<Closure> closures = new ArrayList<>();
        private int capacity = 100;
        private @Nullable CutOff booking;
        private @Nullable CutOff cancellation;
        private @Nullable PriceGrid prices;

        private Builder(WorkingCalendar calendar) {
            this.calendar = requireNonNull(calendar, "calendar");
        }

        /**
         * Sets the zone of local times.
         *
         * @param zone the zone, Europe/Paris by default
         * @return this builder
         */
        public Builder zone(ZoneId zone) {
            this.zone = requireNonNull(zone, "zone");
            return this;
        }

        /**
         * Sets the days of the week with meals.
         *
         * @param days the days, at least one
         * @return this builder
         * @throws IllegalArgumentException if no day is given
         */
        public Builder serviceDays(Set<DayOfWeek> days) {
            requireNonNull(days, "days");
            if (days.isEmpty()) {
                throw new IllegalArgumentException("A canteen serves on at least one day");
            }
            this.serviceDays = EnumSet.copyOf(days);
            return this;
        }

        /**
         * Adds a closure.
         *
         * @param closure the closure
         * @return this builder
         */
        public Builder closure(Closure closure) {
            closures.add(requireNonNull(closure, "closure"));
            return this;
        }

        /**
         * Sets the most meals served on one day.
         *
         * @param capacity 1 to 100 000
         * @return this builder
         * @throws IllegalArgumentException if the capacity is outside 1 to 100 000
         */
        public Builder capacity(int capacity) {
            if (capacity < 1 || capacity > 100_000) {
                throw new IllegalArgumentException(
                        "A canteen serves 1 to 100000 meals a day: " + capacity);
            }
            this.capacity = capacity;
            return this;
        }

        /**
         * Sets the cut-off for booking and the one for cancelling.
         *
         * @param booking the booking cut-off
         * @param cancellation the cancellation cut-off
         * @return this builder
         */
        public Builder cutOffs(CutOff booking, CutOff cancellation) {
            this.booking = requireNonNull(booking, "booking");
            this.cancellation = requireNonNull(cancellation, "cancellation");
            return this;
        }

        /**
         * Sets the price grid.
         *
         * @param prices the grid
         * @return this builder
         */
        public Builder prices(PriceGrid prices) {
            this.prices = requireNonNull(prices, "prices");
            return this;
        }

        /**
         * Builds the rules.
         *
         * @return the rules
         * @throws IllegalStateException if the cut-offs or the prices are missing
         */
        public CanteenRules build() {
            CutOff b = booking;
            CutOff c = cancellation;
            PriceGrid p = prices;
            if (b == null || c == null || p == null) {
                throw new IllegalStateException("Canteen rules need their cut-offs and prices");
            }
            return new CanteenRules(this, p, b, c);
        }
    }
}
