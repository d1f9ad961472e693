package io.portail.core.procedure;

import static java.util.Objects.requireNonNull;

import io.portail.privacy.register.Register;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * The procedures a commune offers online, with its record of processing.
 *
 * <p>Immutable and thread-safe.
 *
 * @param commune the commune
 * @param procedures the procedures, in the order the portal lists them
 * @param register the commune's record of processing activities
 */
public record Catalogue(Commune commune, List<Procedure> procedures, Register register) {
    /**
     * Checks the catalogue.
     *
     * @param commune the commune
     * @param procedures the procedures
     * @param register the record of processing
     * @throws IllegalArgumentException if two procedures share an id and a version, or a
     *     procedure's activity is not the register's
     */
    public Catalogue {
        requireNonNull(commune, "commune");
        procedures = List.copyOf(requireNonNull(procedures, "procedures"));
        requireNonNull(register, "register");
        Set<String> ids = new HashSet<>();
        for (Procedure procedure : procedures) {
            if (!ids.add(procedure.id() + "@" + procedure.version())) {
                throw new IllegalArgumentException(
                        "Two procedures share the id "
                                + procedure.id()
                                + " and the version "
                                + procedure.version());
            }
            if (!register.activity(procedure.activity().id())
                    .map(a -> a.equals(procedure.activity()))
                    .orElse(false)) {
                throw new IllegalArgumentException(
                        "Procedure "
                                + procedure.id()
                                + " rests on an activity missing from the register: "
                                + procedure.activity().id());
            }
        }
    }

    /**
     * Finds a procedure by its id: its latest published version, or its latest version if none is
     * published.
     *
     * @param id the id
     * @return the procedure, or empty
     */
    public Optional<Procedure> procedure(String id) {
        requireNonNull(id, "id");
        Comparator<Procedure> order =
                Comparator.comparing(
                                (Procedure p) ->
                                        p.availability().status() == Availability.Status.PUBLISHED)
                        .thenComparingInt(Procedure::version);
        return procedures.stream().filter(p -> p.id().equals(id)).max(order);
    }

    /**
     * Finds one version of a procedure.
     *
     * @param id the id
     * @param version the version
     * @return the procedure, or empty
     */
    public Optional<Procedure> procedure(String id, int version) {
        requireNonNull(id, "id");
        return procedures.stream()
                .filter(p -> p.id().equals(id) && p.version() == version)
                .findFirst();
    }

    /**
     * Lists the procedures residents can use on a day.
     *
     * @param day the day, in the commune's zone
     * @return the procedures, in catalogue order
     */
    public List<Procedure> availableOn(LocalDate day) {
        requireNonNull(day, "day");
        return procedures.stream().filter(p -> p.availability().isAvailableOn(day)).toList();
    }

    /**
     * Lists what is new: the published procedures first published on or after a day.
     *
     * @param day the day
     * @return the procedures, in catalogue order
     */
    public List<Procedure> publishedSince(LocalDate day) {
        requireNonNull(day, "day");
        return procedures.stream()
                .filter(p -> p.availability().status() == Availability.Status.PUBLISHED)
                .filter(
                        p ->
                                p.availability().publishedOn() != null
                                        && !p.availability().publishedOn().isBefore(day))
                .toList();
    }
}
