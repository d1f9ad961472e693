package io.portail.core.request;

import static java.util.Objects.requireNonNull;

import java.time.LocalDate;
import java.util.Set;

/**
 * A mandate given by a resident to a helper (a relative, a social worker, a France services
 * advisor) to act for them on some procedures until a date.
 *
 * <p>Immutable and thread-safe.
 *
 * @param procedureIds the procedures the helper may act on, at least one
 * @param validUntil the last day the mandate is valid, inclusive
 */
public record Mandate(Set<String> procedureIds, LocalDate validUntil) {
    /**
     * Checks the mandate.
     *
     * @param procedureIds the procedures covered
     * @param validUntil the last day it is valid
     * @throws IllegalArgumentException if no procedure is covered
     */
    public Mandate {
        procedureIds = Set.copyOf(requireNonNull(procedureIds, "procedureIds"));
        requireNonNull(validUntil, "validUntil");
        if (procedureIds.isEmpty()) {
            throw new IllegalArgumentException("A mandate covers at least one procedure");
        }
    }

    /**
     * Tells whether the mandate covers a procedure.
     *
     * @param procedureId the procedure's id
     * @return true if the helper may act on it
     */
    public boolean covers(String procedureId) {
        return procedureIds.contains(requireNonNull(procedureId, "procedureId"));
    }

    /**
     * Tells whether the mandate is still valid on a day.
     *
     * @param day the day
     * @return true up to and including {@link #validUntil()}
     */
    public boolean isValidOn(LocalDate day) {
        return !requireNonNull(day, "day").isAfter(validUntil);
    }
}
