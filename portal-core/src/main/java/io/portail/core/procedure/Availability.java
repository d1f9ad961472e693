package io.portail.core.procedure;

import static java.util.Objects.requireNonNull;

import java.time.LocalDate;
import org.jspecify.annotations.Nullable;

/**
 * Whether a version of a procedure is offered, and when: a draft is being prepared, a published
 * version is offered between its dates, a retired one no longer is.
 *
 * <p>Immutable and thread-safe.
 *
 * @param status the publication status
 * @param publishedOn the day it was first published, or null if never; what the catalogue calls new
 *     is published since a given day
 * @param availableFrom the first day it can be used, or null for no limit
 * @param availableUntil the last day it can be used, inclusive, or null for no limit
 */
public record Availability(
        Status status,
        @Nullable LocalDate publishedOn,
        @Nullable LocalDate availableFrom,
        @Nullable LocalDate availableUntil) {
    /** The publication status of a procedure version. */
    public enum Status {
        /** Being prepared; not offered to residents. */
        DRAFT,
        /** Offered between its dates. */
        PUBLISHED,
        /** No longer offered; requests already submitted on it go on. */
        RETIRED
    }

    /**
     * Checks the dates.
     *
     * @param status the publication status
     * @param publishedOn the day it was first published, or null
     * @param availableFrom the first day it can be used, or null
     * @param availableUntil the last day it can be used, or null
     * @throws IllegalArgumentException if it ends before it starts
     */
    public Availability {
        requireNonNull(status, "status");
        if (availableFrom != null
                && availableUntil != null
                && availableUntil.isBefore(availableFrom)) {
            throw new IllegalArgumentException(
                    "A procedure is available until a day after it is available from: "
                            + availableFrom
                            + " then "
                            + availableUntil);
        }
    }

    /**
     * Returns the availability of a procedure published long ago, with no limit.
     *
     * @return published, with no publication day and no limit
     */
    public static Availability always() {
        return new Availability(Status.PUBLISHED, null, null, null);
    }

    /**
     * Tells whether residents can use it on a day.
     *
     * @param day the day, in the commune's zone
     * @return true if published and the day is between its dates
     */
    public boolean isAvailableOn(LocalDate day) {
        requireNonNull(day, "day");
        return status == Status.PUBLISHED
                && (availableFrom == null || !day.isBefore(availableFrom))
                && (availableUntil == null || !day.isAfter(availableUntil));
    }
}
