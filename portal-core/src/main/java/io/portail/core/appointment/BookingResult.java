package io.portail.core.appointment;

import static java.util.Objects.requireNonNull;

/**
 * The outcome of an operation on the appointment book: done, or refused with a reason the resident
 * reads. Immutable.
 *
 * @param <T> what the operation gives when done
 */
public sealed interface BookingResult<T> {
    /**
     * Tells whether the operation was done.
     *
     * @return true for {@link Done}
     */
    boolean isDone();

    /**
     * The operation was done.
     *
     * @param <T> what it gives
     * @param value what it gives: a hold or an appointment
     */
    record Done<T>(T value) implements BookingResult<T> {
        /**
         * Creates the outcome.
         *
         * @param value what the operation gives
         */
        public Done {
            requireNonNull(value, "value");
        }

        @Override
        public boolean isDone() {
            return true;
        }
    }

    /**
     * The operation was refused; nothing changed.
     *
     * @param <T> what it would have given
     * @param refusal why
     */
    record Refused<T>(Refusal refusal) implements BookingResult<T> {
        /**
         * Creates the outcome.
         *
         * @param refusal why
         */
        public Refused {
            requireNonNull(refusal, "refusal");
        }

        @Override
        public boolean isDone() {
            return false;
        }
    }
}
