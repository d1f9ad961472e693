package io.portail.core.reference;

import static java.util.Objects.requireNonNull;

import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Reserves references so that no two requests get the same one.
 *
 * <p>Implementations must be atomic: when several threads or processes try to reserve the same
 * reference, exactly one succeeds. A store can implement it with a unique index.
 */
@FunctionalInterface
public interface ReferenceReservations {

    /**
     * Reserves a reference if it is free.
     *
     * @param reference the reference
     * @return true if the reference was free and is now reserved, false if it was already taken
     */
    boolean tryReserve(Reference reference);

    /**
     * Returns reservations held in memory, safe for concurrent use.
     *
     * @return new, empty reservations
     */
    static ReferenceReservations inMemory() {
        Set<Reference> taken = ConcurrentHashMap.newKeySet();
        return reference -> taken.add(requireNonNull(reference, "reference"));
    }
}
