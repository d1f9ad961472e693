package io.portail.core.procedure;

import static java.util.Objects.requireNonNull;

import io.portail.privacy.register.Register;
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
     * @throws IllegalArgumentException if two procedures share an id, or a procedure's activity is
     *     not the register's
     */
    public Catalogue {
        requireNonNull(commune, "commune");
        procedures = List.copyOf(requireNonNull(procedures, "procedures"));
        requireNonNull(register, "register");
        Set<String> ids = new HashSet<>();
        for (Procedure procedure : procedures) {
            if (!ids.add(procedure.id())) {
                throw new IllegalArgumentException("Two procedures share the id " + procedure.id());
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
     * Finds a procedure by its id.
     *
     * @param id the id
     * @return the procedure, or empty
     */
    public Optional<Procedure> procedure(String id) {
        requireNonNull(id, "id");
        return procedures.stream().filter(p -> p.id().equals(id)).findFirst();
    }
}
