package io.portail.core.appointment;

import static java.util.Objects.requireNonNull;

import io.portail.core.internal.Ids;
import io.portail.privacy.text.LocalizedText;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Pattern;

/**
 * The agenda of one desk for one motive: when it offers slots, how long they last, how many
 * residents each slot takes, and the time limits of booking.
 *
 * <p>Slots are laid out from each opening range's start, one after the other, in the agenda's zone.
 * A local time that does not exist (the spring daylight-saving gap) gives no slot; a local time
 * that exists twice (the autumn overlap) gives one slot, at its first occurrence. Immutable and
 * thread-safe.
 *
 * @param id the stable identifier, such as {@code mairie-passeports}
 * @param desk the desk residents go to, such as "Accueil de la mairie, guichet titres"
 * @param townHall the town hall's name, such as "Mairie de Saint-Exemple"
 * @param location the address residents go to, written in one line
 * @param motive the motive this agenda serves
 * @param zone the commune's time zone
 * @param opening the opening ranges
 * @param closures the dates without slots: public holidays, closures
 * @param slotLength the length of a slot
 * @param capacity how many residents a slot takes, from 1
 * @param rules the time limits of booking
 */
public record Agenda(
        String id,
        LocalizedText desk,
        String townHall,
        String location,
        Motive motive,
        ZoneId zone,
        List<OpeningRange> opening,
        Set<LocalDate> closures,
        Duration slotLength,
        int capacity,
        BookingRules rules) {
    private static final Pattern ID = Pattern.compile("[a-z][a-z0-9]*(-[a-z0-9]+)*");

    /**
     * Checks the agenda.
     *
     * @param id the stable identifier
     * @param desk the desk
     * @param townHall the town hall's name
     * @param location the address
     * @param motive the motive
     * @param zone the time zone
     * @param opening the opening ranges
     * @param closures the dates without slots
     * @param slotLength the length of a slot, from 5 minutes to 4 hours
     * @param capacity how many residents a slot takes, from 1 to 100
     * @param rules the time limits of booking
     * @throws IllegalArgumentException if the id is malformed, there is no opening range, the slot
     *     length or the capacity is out of bounds
     */
    public Agenda {
        requireNonNull(id, "id");
        requireNonNull(desk, "desk");
        requireNonNull(townHall, "townHall");
        requireNonNull(location, "location");
        requireNonNull(motive, "motive");
        requireNonNull(zone, "zone");
        opening = List.copyOf(requireNonNull(opening, "opening"));
        closures = Set.copyOf(requireNonNull(closures, "closures"));
        requireNonNull(slotLength, "slotLength");
        requireNonNull(rules, "rules");
        if (!ID.matcher(id).matches()) {
            throw new IllegalArgumentException(
                    "An agenda id is lower-case words joined by hyphens: " + Ids.shown(id));
        }
        if (opening.isEmpty()) {
            throw new IllegalArgumentException("An agenda has at least one opening range");
        }
        if (slotLength.compareTo(Duration.ofMinutes(5)) < 0
                || slotLength.compareTo(Duration.ofHours(4)) > 0) {
            throw new IllegalArgumentException("A slot lasts from 5 minutes to 4 hours");
        }
        if (capacity < 1 || capacity > 100) {
            throw new IllegalArgumentException("A slot takes from 1 to 100 residents: " + capacity);
        }
    }

    /**
     * Returns the starts of the slots of a date, in order.
     *
     * @param date the local date in the agenda's zone
     * @return the instants at which slots start; empty on a closure or a day without opening
     */
    public List<Instant> slotStarts(LocalDate date) {
        requireNonNull(date, "date");
        if (closures.contains(date)) {
            return List.of();
        }
        TreeSet<Instant> starts = new TreeSet<>();
        for (OpeningRange range : opening) {
            if (range.day() != date.getDayOfWeek()) {
                continue;
            }
            LocalDateTime end = date.atTime(range.closes());
            LocalDateTime start = date.atTime(range.opens());
            while (!start.plus(slotLength).isAfter(end)) {
                if (!zone.getRules().getValidOffsets(start).isEmpty()) {
                    starts.add(ZonedDateTime.ofLocal(start, zone, null).toInstant());
                }
                LocalTime next = start.toLocalTime().plus(slotLength);
                if (!next.isAfter(start.toLocalTime())) {
                    break;
                }
                start = date.atTime(next);
            }
        }
        return List.copyOf(starts);
    }

    /**
     * Tells whether a slot of this agenda starts at an instant.
     *
     * @param start the instant
     * @return true if a slot starts then
     */
    public boolean hasSlotAt(Instant start) {
        requireNonNull(start, "start");
        return slotStarts(LocalDate.ofInstant(start, zone)).contains(start);
    }
}
