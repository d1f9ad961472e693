package io.portail.core.canteen;

import static java.util.Objects.requireNonNull;

import io.portail.privacy.text.LocalizedText;
import java.time.LocalDate;

/**
 * Days on which the canteen serves no meal: school holidays, a closure decided by the commune.
 * Immutable and thread-safe.
 *
 * @param from the first day closed
 * @param to the last day closed, inclusive
 * @param label what residents read, for example "vacances de printemps"
 */
public record Closure(LocalDate from, LocalDate to, LocalizedText label) {
    /**
     * Checks the parts.
     *
     * @param from the first day closed
     * @param to the last day closed, inclusive
     * @param label what residents read
     * @throws IllegalArgumentException if {@code to} is before {@code from}
     */
    public Closure {
        requireNonNull(from, "from");
        requireNonNull(to, "to");
        requireNonNull(label, "label");
        if (to.isBefore(from)) {
            throw new IllegalArgumentException(
                    "A closure ends on or after its first day: " + from + " to " + to);
        }
    }

    /**
     * Tells whether a day is closed.
     *
     * @param day the day
     * @return true if it lies between the first and the last day, inclusive
     */
    public boolean contains(LocalDate day) {
        return !day.isBefore(from) && !day.isAfter(to);
    }
}
