package io.portail.core.appointment;

import static java.util.Objects.requireNonNull;

import io.portail.core.internal.Ids;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * The appointments of a town hall's agendas: holds, bookings, moves and cancellations.
 *
 * <p>A slot never takes more residents than its capacity, counting booked appointments and holds
 * that have not expired: every change happens under one lock, and the slow ANTS lookup happens
 * before it, never inside. A resident (an opaque identifier) has at most one active appointment per
 * motive; holding a new slot releases their earlier hold for the same motive. Refusals are values
 * the caller shows; a refused operation changes nothing. Thread-safe.
 */
public final class AppointmentBook {
    private final Map<String, Agenda> agendas;
    private final Clock clock;
    private final AntsCheck ants;
    private final Object lock = new Object();
    private final Map<String, Appointment> appointments = new LinkedHashMap<>();
    private final Map<String, Hold> holds = new LinkedHashMap<>();
    private long nextId = 1;

    private AppointmentBook(Map<String, Agenda> agendas, Clock clock, AntsCheck ants) {
        this.agendas = agendas;
        this.clock = clock;
        this.ants = ants;
    }

    /**
     * Creates an empty book.
     *
     * @param agendas the agendas, with distinct ids
     * @param clock the clock giving the current instant
     * @param ants the check of ANTS pre-application numbers
     * @return the book
     * @throws IllegalArgumentException if two agendas share an id
     */
    public static AppointmentBook of(List<Agenda> agendas, Clock clock, AntsCheck ants) {
        requireNonNull(agendas, "agendas");
        requireNonNull(clock, "clock");
        requireNonNull(ants, "ants");
        Map<String, Agenda> byId = new LinkedHashMap<>();
        for (Agenda agenda : agendas) {
            if (byId.put(agenda.id(), agenda) != null) {
                throw new IllegalArgumentException("Two agendas share the id " + agenda.id());
            }
        }
        return new AppointmentBook(Map.copyOf(byId), clock, ants);
    }

    /**
     * Returns an agenda.
     *
     * @param agendaId its id
     * @return the agenda
     * @throws IllegalArgumentException if the book has no such agenda
     */
    public Agenda agenda(String agendaId) {
        requireNonNull(agendaId, "agendaId");
        Agenda agenda = agendas.get(agendaId);
        if (agenda == null) {
            throw new IllegalArgumentException("No agenda with the id " + Ids.shown(agendaId));
        }
        return agenda;
    }

    /**
     * Returns how many places a slot has left now.
     *
     * @param agendaId the agenda
     * @param start the slot's start
     * @return the places left, from 0 to the capacity
     * @throws IllegalArgumentException if the book has no such agenda
     */
    public int remaining(String agendaId, Instant start) {
        Agenda agenda = agenda(agendaId);
        requireNonNull(start, "start");
        synchronized (lock) {
            return agenda.capacity() - taken(agendaId, start, clock.instant(), null);
        }
    }

    /**
     * Returns the slots of a date that can be booked now: within the limits and not full.
     *
     * @param agendaId the agenda
     * @param date the local date
     * @return the starts of the free slots, in order
     * @throws IllegalArgumentException if the book has no such agenda
     */
    public List<Instant> freeSlots(String agendaId, LocalDate date) {
        Agenda agenda = agenda(agendaId);
        requireNonNull(date, "date");
        List<Instant> free = new ArrayList<>();
        synchronized (lock) {
            Instant now = clock.instant();
            for (Instant start : agenda.slotStarts(date)) {
                if (limits(agenda, start, now) == null
                        && taken(agendaId, start, now, null) < agenda.capacity()) {
                    free.add(start);
                }
            }
        }
        return free;
    }

    /**
     * Keeps a slot for a resident while they fill in the form.
     *
     * @param agendaId the agenda
     * @param start the slot's start
     * @param resident the resident's opaque identifier
     * @return the hold, or why it was refused
     * @throws IllegalArgumentException if the book has no such agenda
     */
    public BookingResult<Hold> hold(String agendaId, Instant start, String resident) {
        Agenda agenda = agenda(agendaId);
        requireNonNull(start, "start");
        requireNonNull(resident, "resident");
        synchronized (lock) {
            Instant now = clock.instant();
            Refusal refusal = slotRefusal(agenda, start, resident, now, null);
            if (refusal != null) {
                return new BookingResult.Refused<>(refusal);
            }
            holds.values()
                    .removeIf(
                            h ->
                                    !h.isActiveAt(now)
                                            || h.resident().equals(resident)
                                                    && agenda(h.agendaId())
                                                            .motive()
                                                            .equals(agenda.motive()));
            if (taken(agendaId, start, now, null) >= agenda.capacity()) {
                return new BookingResult.Refused<>(Refusals.slotFull());
            }
            Hold hold =
                    new Hold(
                            "H-" + nextId++,
                            agendaId,
                            start,
                            resident,
                            now.plus(agenda.rules().holdFor()));
            holds.put(hold.id(), hold);
            return new BookingResult.Done<>(hold);
        }
    }

    /**
     * Turns a hold into an appointment; for a motive that needs one, the pre-application number is
     * checked first (form, then status at the ANTS, outside the lock).
     *
     * @param holdId the hold
     * @param preDemande the pre-application number as typed, or null if none was typed
     * @return the appointment, or why it was refused (the hold is kept, so that the resident can
     *     correct the number)
     */
    public BookingResult<Appointment> confirm(String holdId, @Nullable String preDemande) {
        requireNonNull(holdId, "holdId");
        Hold hold;
        synchronized (lock) {
            hold = holds.get(holdId);
        }
        if (hold == null) {
            return new BookingResult.Refused<>(Refusals.notFound());
        }
        Agenda agenda = agenda(hold.agendaId());
        if (!hold.isActiveAt(clock.instant())) {
            release(holdId);
            return new BookingResult.Refused<>(Refusals.holdExpired(agenda.rules().holdFor()));
        }
        String number = null;
        if (agenda.motive().needsAntsPreDemande()) {
            AntsCheck.Verdict verdict =
                    ants.check(preDemande == null ? "" : preDemande, agenda.zone());
            if (verdict.refusal().isPresent()) {
                return new BookingResult.Refused<>(verdict.refusal().get());
            }
            number = verdict.number().orElseThrow();
        }
        synchronized (lock) {
            Instant now = clock.instant();
            Hold current = holds.get(holdId);
            if (current == null) {
                return new BookingResult.Refused<>(Refusals.notFound());
            }
            if (!current.isActiveAt(now)) {
                holds.remove(holdId);
                return new BookingResult.Refused<>(Refusals.holdExpired(agenda.rules().holdFor()));
            }
            Optional<Appointment> active = activeFor(current.resident(), agenda.motive());
            if (active.isPresent()) {
                holds.remove(holdId);
                return new BookingResult.Refused<>(
                        Refusals.alreadyBooked(
                                agenda.motive(), active.get().start(), agenda.zone()));
            }
            if (number != null) {
                Optional<Appointment> same = activeWith(number);
                if (same.isPresent()) {
                    Agenda other = agenda(same.get().agendaId());
                    return new BookingResult.Refused<>(
                            Refusals.bookedHere(other, same.get().start()));
                }
            }
            holds.remove(holdId);
            Appointment appointment =
                    new Appointment(
                            "RDV-" + nextId++,
                            agenda.id(),
                            agenda.motive().code(),
                            current.resident(),
                            current.start(),
                            current.start().plus(agenda.slotLength()),
                            number,
                            false);
            appointments.put(appointment.id(), appointment);
            return new BookingResult.Done<>(appointment);
        }
    }

    /**
     * Holds then confirms a slot at once; a refused confirmation releases the hold.
     *
     * @param agendaId the agenda
     * @param start the slot's start
     * @param resident the resident's opaque identifier
     * @param preDemande the pre-application number as typed, or null
     * @return the appointment, or why it was refused
     * @throws IllegalArgumentException if the book has no such agenda
     */
    public BookingResult<Appointment> book(
            String agendaId, Instant start, String resident, @Nullable String preDemande) {
        BookingResult<Hold> hold = hold(agendaId, start, resident);
        if (hold instanceof BookingResult.Refused<Hold> refused) {
            return new BookingResult.Refused<>(refused.refusal());
        }
        String holdId = ((BookingResult.Done<Hold>) hold).value().id();
        BookingResult<Appointment> result = confirm(holdId, preDemande);
        if (!result.isDone()) {
            release(holdId);
        }
        return result;
    }

    /**
     * Releases a hold, if it still exists.
     *
     * @param holdId the hold
     */
    public void release(String holdId) {
        requireNonNull(holdId, "holdId");
        synchronized (lock) {
            holds.remove(holdId);
        }
    }

    /**
     * Cancels an appointment, if its start is at least the cancellation cut-off away.
     *
     * @param appointmentId the appointment
     * @return the cancelled appointment, or why it was refused
     */
    public BookingResult<Appointment> cancel(String appointmentId) {
        requireNonNull(appointmentId, "appointmentId");
        synchronized (lock) {
            Appointment appointment = appointments.get(appointmentId);
            if (appointment == null || !appointment.isActive()) {
                return new BookingResult.Refused<>(Refusals.notFound());
            }
            Agenda agenda = agenda(appointment.agendaId());
            Instant now = clock.instant();
            if (!isBeforeCutoff(now, appointment.start(), agenda.rules().cancellationCutoff())) {
                return new BookingResult.Refused<>(
                        Refusals.cancelTooLate(agenda.rules().cancellationCutoff()));
            }
            Appointment cancelled =
                    new Appointment(
                            appointment.id(),
                            appointment.agendaId(),
                            appointment.motive(),
                            appointment.resident(),
                            appointment.start(),
                            appointment.end(),
                            appointment.preDemande(),
                            true);
            appointments.put(cancelled.id(), cancelled);
            return new BookingResult.Done<>(cancelled);
        }
    }

    /**
     * Moves an appointment to another slot of the same agenda, at once: the old slot is kept if the
     * new one is refused.
     *
     * @param appointmentId the appointment
     * @param newStart the new slot's start
     * @return the moved appointment, or why it was refused
     */
    public BookingResult<Appointment> move(String appointmentId, Instant newStart) {
        requireNonNull(appointmentId, "appointmentId");
        requireNonNull(newStart, "newStart");
        synchronized (lock) {
            Appointment appointment = appointments.get(appointmentId);
            if (appointment == null || !appointment.isActive()) {
                return new BookingResult.Refused<>(Refusals.notFound());
            }
            Agenda agenda = agenda(appointment.agendaId());
            Instant now = clock.instant();
            if (!isBeforeCutoff(now, appointment.start(), agenda.rules().moveCutoff())) {
                return new BookingResult.Refused<>(
                        Refusals.moveTooLate(agenda.rules().moveCutoff()));
            }
            Refusal refusal = limits(agenda, newStart, now);
            if (refusal != null) {
                return new BookingResult.Refused<>(refusal);
            }
            boolean sameSlot = newStart.equals(appointment.start());
            if (!sameSlot && taken(agenda.id(), newStart, now, null) >= agenda.capacity()) {
                return new BookingResult.Refused<>(Refusals.slotFull());
            }
            Appointment moved =
                    new Appointment(
                            appointment.id(),
                            appointment.agendaId(),
                            appointment.motive(),
                            appointment.resident(),
                            newStart,
                            newStart.plus(agenda.slotLength()),
                            appointment.preDemande(),
                            false);
            appointments.put(moved.id(), moved);
            return new BookingResult.Done<>(moved);
        }
    }

    /**
     * Returns an appointment.
     *
     * @param appointmentId its id
     * @return the appointment, active or cancelled, or empty
     */
    public Optional<Appointment> appointment(String appointmentId) {
        requireNonNull(appointmentId, "appointmentId");
        synchronized (lock) {
            return Optional.ofNullable(appointments.get(appointmentId));
        }
    }

    /**
     * Returns the active appointments of a slot.
     *
     * @param agendaId the agenda
     * @param start the slot's start
     * @return the appointments
     */
    public List<Appointment> appointmentsAt(String agendaId, Instant start) {
        requireNonNull(agendaId, "agendaId");
        requireNonNull(start, "start");
        synchronized (lock) {
            return appointments.values().stream()
                    .filter(
                            a ->
                                    a.isActive()
                                            && a.agendaId().equals(agendaId)
                                            && a.start().equals(start))
                    .toList();
        }
    }

    /**
     * Tells whether an operation at {@code now} is still allowed for a slot starting at {@code
     * start} with a cut-off: the cut-off is met while {@code now + cutoff <= start}.
     *
     * @param now the instant of the operation
     * @param start the slot's start
     * @param cutoff the cut-off
     * @return true if the operation is still allowed
     */
    static boolean isBeforeCutoff(Instant now, Instant start, java.time.Duration cutoff) {
        return !now.plus(cutoff).isAfter(start);
    }

    private @Nullable Refusal slotRefusal(
            Agenda agenda, Instant start, String resident, Instant now, @Nullable String except) {
        Refusal limits = limits(agenda, start, now);
        if (limits != null) {
            return limits;
        }
        Optional<Appointment> active = activeFor(resident, agenda.motive());
        if (active.isPresent() && !active.get().id().equals(except)) {
            return Refusals.alreadyBooked(agenda.motive(), active.get().start(), agenda.zone());
        }
        return null;
    }

    private static @Nullable Refusal limits(Agenda agenda, Instant start, Instant now) {
        if (!agenda.hasSlotAt(start)) {
            return Refusals.noSlot();
        }
        if (!isBeforeCutoff(now, start, agenda.rules().minimumNotice())) {
            return Refusals.tooSoon(agenda.rules().minimumNotice());
        }
        if (start.isAfter(now.plus(agenda.rules().horizon()))) {
            return Refusals.tooFar(agenda.rules().horizon());
        }
        return null;
    }

    private int taken(String agendaId, Instant start, Instant now, @Nullable String exceptHold) {
        int taken = 0;
        for (Appointment a : appointments.values()) {
            if (a.isActive() && a.agendaId().equals(agendaId) && a.start().equals(start)) {
                taken++;
            }
        }
        for (Hold h : holds.values()) {
            if (h.agendaId().equals(agendaId)
                    && h.start().equals(start)
                    && h.isActiveAt(now)
                    && !h.id().equals(exceptHold)) {
                taken++;
            }
        }
        return taken;
    }

    private Optional<Appointment> activeFor(String resident, Motive motive) {
        return appointments.values().stream()
                .filter(
                        a ->
                                a.isActive()
                                        && a.resident().equals(resident)
                                        && a.motive().equals(motive.code()))
                .findFirst();
    }

    private Optional<Appointment> activeWith(String preDemande) {
        return appointments.values().stream()
                .filter(a -> a.isActive() && preDemande.equals(a.preDemande()))
                .findFirst();
    }
}
