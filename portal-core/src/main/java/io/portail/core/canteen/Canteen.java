package io.portail.core.canteen;

import static java.util.Objects.requireNonNull;

import io.portail.privacy.text.LocalizedText;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.YearMonth;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import org.jspecify.annotations.Nullable;

/**
 * A canteen's reservations: bookings and cancellations per child and day, against the commune's
 * {@link CanteenRules}.
 *
 * <p>A booking or cancellation is accepted strictly before its cut-off, in the commune's local
 * time; at or after the cut-off it is refused. A meal still booked is billed, unless the canteen
 * office records an {@link Excuse}. Bookings of a day never exceed the capacity, also under
 * concurrent calls: each day is guarded by its own lock.
 *
 * <p>Local cut-offs become instants with {@link ZonedDateTime#of}: a cut-off in the hour skipped
 * when clocks go forward moves one hour later; in the hour repeated when clocks go back, the first
 * of the two instants counts. Thread-safe; reservations live in memory.
 */
public final class Canteen {

    private final CanteenRules rules;
    private final Clock clock;
    private final Map<LocalDate, Day> days = new ConcurrentHashMap<>();

    /** The bookings of one day; guarded by its own monitor. */
    private static final class Day {
        private final Map<ChildId, Optional<Excuse>> bookings = new TreeMap<>(BY_ID);
    }

    private static final Comparator<ChildId> BY_ID = Comparator.comparing(ChildId::value);

    /**
     * Creates an empty canteen.
     *
     * @param rules the commune's rules
     * @param clock the clock telling the time of each request
     */
    public Canteen(CanteenRules rules, Clock clock) {
        this.rules = requireNonNull(rules, "rules");
        this.clock = requireNonNull(clock, "clock");
    }

    /**
     * Books a meal for a child.
     *
     * @param child the child
     * @param day the day of the meal
     * @return done, or refused because the canteen serves no meal that day, the cut-off has passed,
     *     the day is full or the meal is already booked; a refusal changes nothing
     * @throws IllegalArgumentException if the day is outside the calendar's years
     */
    public Outcome book(ChildId child, LocalDate day) {
        requireNonNull(child, "child");
        requireNonNull(day, "day");
        LocalizedText date = MealDates.date(day);
        Optional<Outcome> closed = closed(day, date);
        if (closed.isPresent()) {
            return closed.get();
        }
        LocalDateTime deadline = rules.bookingCutOff().deadline(day);
        if (isTooLate(deadline)) {
            LocalizedText at = MealDates.dateTime(deadline);
            return new Outcome.Refused(
                    Outcome.Reason.TOO_LATE,
                    new LocalizedText(
                            "Il n'est plus possible de réserver le repas du "
                                    + date.fr()
                                    + " : les réservations pour ce jour se terminaient le "
                                    + at.fr()
                                    + ". Contactez le service de restauration scolaire si votre"
                                    + " enfant doit manger à la cantine ce jour-là.",
                            "The meal on "
                                    + date.en()
                                    + " can no longer be booked: bookings for that day closed on "
                                    + at.en()
                                    + ". Contact the school catering office if your child needs"
                                    + " to eat at the canteen that day."));
        }
        Day ledger = days.computeIfAbsent(day, d -> new Day());
        synchronized (ledger) {
            if (ledger.bookings.containsKey(child)) {
                return new Outcome.Refused(
                        Outcome.Reason.ALREADY_BOOKED,
                        new LocalizedText(
                                "Le repas du " + date.fr() + " est déjà réservé.",
                                "The meal on " + date.en() + " is already booked."));
            }
            if (ledger.bookings.size() >= rules.capacity()) {
                return new Outcome.Refused(
                        Outcome.Reason.FULL,
                        new LocalizedText(
                                "Il n'y a plus de place à la cantine le "
                                        + date.fr()
                                        + ". Contactez le service de restauration scolaire.",
                                "There is no place left at the canteen on "
                                        + date.en()
                                        + ". Contact the school catering office."));
            }
            ledger.bookings.put(child, Optional.empty());
        }
        return new Outcome.Done(
                new LocalizedText(
                        "Le repas du " + date.fr() + " est réservé.",
                        "The meal on " + date.en() + " is booked."));
    }

    /**
     * Cancels a child's meal.
     *
     * @param child the child
     * @param day the day of the meal
     * @return done, or refused because nothing is booked or the cut-off has passed (the meal then
     *     stays booked and billed)
     */
    public Outcome cancel(ChildId child, LocalDate day) {
        requireNonNull(child, "child");
        requireNonNull(day, "day");
        LocalizedText date = MealDates.date(day);
        Day ledger = days.get(day);
        if (ledger == null || !isBooked(ledger, child)) {
            return notBooked(date);
        }
        LocalDateTime deadline = rules.cancellationCutOff().deadline(day);
        if (isTooLate(deadline)) {
            LocalizedText at = MealDates.dateTime(deadline);
            return new Outcome.Refused(
                    Outcome.Reason.TOO_LATE,
                    new LocalizedText(
                            "Il n'est plus possible d'annuler le repas du "
                                    + date.fr()
                                    + " : les annulations pour ce jour se terminaient le "
                                    + at.fr()
                                    + ". Ce repas vous sera facturé, sauf si votre enfant est"
                                    + " malade : dans ce cas, donnez un certificat médical au"
                                    + " service de restauration scolaire.",
                            "The meal on "
                                    + date.en()
                                    + " can no longer be cancelled: cancellations for that day"
                                    + " closed on "
                                    + at.en()
                                    + ". You will be charged for this meal, unless your child is"
                                    + " ill: in that case, give a doctor's note to the school"
                                    + " catering office."));
        }
        synchronized (ledger) {
            if (ledger.bookings.remove(child) == null) {
                return notBooked(date);
            }
        }
        return new Outcome.Done(
                new LocalizedText(
                        "Le repas du " + date.fr() + " est annulé. Il ne vous sera pas facturé.",
                        "The meal on "
                                + date.en()
                                + " is cancelled. You will not be charged for it."));
    }

    /**
     * Records why a booked meal is not billed; for the canteen office, at any time.
     *
     * @param child the child
     * @param day the day of the meal
     * @param excuse the excuse
     * @return done, or refused when no meal is booked
     */
    public Outcome excuse(ChildId child, LocalDate day, Excuse excuse) {
        requireNonNull(child, "child");
        requireNonNull(day, "day");
        requireNonNull(excuse, "excuse");
        LocalizedText date = MealDates.date(day);
        Day ledger = days.get(day);
        if (ledger == null) {
            return notBooked(date);
        }
        synchronized (ledger) {
            if (!ledger.bookings.containsKey(child)) {
                return notBooked(date);
            }
            ledger.bookings.put(child, Optional.of(excuse));
        }
        return new Outcome.Done(
                new LocalizedText(
                        "Le repas du "
                                + date.fr()
                                + " ne sera pas facturé ("
                                + excuse.label().fr()
                                + ").",
                        "The meal on "
                                + date.en()
                                + " will not be charged ("
                                + excuse.label().en()
                                + ")."));
    }

    /**
     * Returns the number of meals booked on a day, excused ones included.
     *
     * @param day the day
     * @return the count
     */
    public int bookedOn(LocalDate day) {
        requireNonNull(day, "day");
        Day ledger = days.get(day);
        if (ledger == null) {
            return 0;
        }
        synchronized (ledger) {
            return ledger.bookings.size();
        }
    }

    /**
     * Returns a family's statement for a month: one line per child and booked day, excused meals at
     * zero.
     *
     * @param family the family's account
     * @param month the month
     * @return the statement
     */
    public Statement statement(FamilyAccount family, YearMonth month) {
        requireNonNull(family, "family");
        requireNonNull(month, "month");
        long price = rules.prices().priceFor(family.quotient());
        List<Statement.Line> lines = new ArrayList<>();
        for (LocalDate day = month.atDay(1);
                !day.isAfter(month.atEndOfMonth());
                day = day.plusDays(1)) {
            Day ledger = days.get(day);
            if (ledger == null) {
                continue;
            }
            synchronized (ledger) {
                for (ChildId child : family.children()) {
                    Optional<Excuse> booking = ledger.bookings.get(child);
                    if (booking != null) {
                        @Nullable Excuse excuse = booking.orElse(null);
                        lines.add(
                                new Statement.Line(child, day, excuse, excuse == null ? price : 0));
                    }
                }
            }
        }
        long total = lines.stream().mapToLong(Statement.Line::priceCents).sum();
        return new Statement(family.account(), month, lines, total);
    }

    /**
     * Returns what the kitchen sees for a day: meals to serve (excused ones left out) and a note
     * for each child with an allergy plan, without its content.
     *
     * @param day the day
     * @param plans the allergy plans of the children, by child
     * @return the sheet, by child identifier
     */
    public KitchenSheet kitchenSheet(LocalDate day, Map<ChildId, AllergyPlan> plans) {
        requireNonNull(day, "day");
        requireNonNull(plans, "plans");
        List<KitchenSheet.Entry> entries = new ArrayList<>();
        Day ledger = days.get(day);
        if (ledger != null) {
            synchronized (ledger) {
                ledger.bookings.forEach(
                        (child, excuse) -> {
                            if (excuse.isEmpty()) {
                                AllergyPlan plan = plans.get(child);
                                entries.add(
                                        new KitchenSheet.Entry(
                                                child, plan == null ? null : plan.kitchenNote()));
                            }
                        });
            }
        }
        return new KitchenSheet(day, entries);
    }

    private Optional<Outcome> closed(LocalDate day, LocalizedText date) {
        Optional<Closure> closure = rules.closureOn(day);
        if (closure.isPresent()) {
            LocalizedText label = closure.get().label();
            return Optional.of(
                    new Outcome.Refused(
                            Outcome.Reason.CLOSED,
                            new LocalizedText(
                                    "La cantine est fermée le "
                                            + date.fr()
                                            + " ("
                                            + label.fr()
                                            + "). Choisissez un autre jour.",
                                    "The canteen is closed on "
                                            + date.en()
                                            + " ("
                                            + label.en()
                                            + "). Choose another day.")));
        }
        if (!rules.isServiceDay(day)) {
            return Optional.of(
                    new Outcome.Refused(
                            Outcome.Reason.NO_SERVICE,
                            new LocalizedText(
                                    "La cantine ne sert pas de repas le "
                                            + date.fr()
                                            + ". Choisissez un autre jour.",
                                    "The canteen serves no meal on "
                                            + date.en()
                                            + ". Choose another day.")));
        }
        return Optional.empty();
    }

    private boolean isTooLate(LocalDateTime deadline) {
        Instant cutOff = ZonedDateTime.of(deadline, rules.zone()).toInstant();
        return !clock.instant().isBefore(cutOff);
    }

    private static boolean isBooked(Day ledger, ChildId child) {
        synchronized (ledger) {
            return ledger.bookings.containsKey(child);
        }
    }

    private static Outcome notBooked(LocalizedText date) {
        return new Outcome.Refused(
                Outcome.Reason.NOT_BOOKED,
                new LocalizedText(
                        "Aucun repas n'est réservé le " + date.fr() + " : il n'y a rien à annuler.",
                        "No meal is booked on " + date.en() + ": there is nothing to cancel."));
    }

    @Override
    public String toString() {
        return "Canteen[" + days.size() + " days with bookings]";
    }
}
