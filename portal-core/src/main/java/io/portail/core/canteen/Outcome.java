package io.portail.core.canteen;

import static java.util.Objects.requireNonNull;

import io.portail.privacy.text.LocalizedText;

/** The answer to a booking or a cancellation: done, or refused with a reason. */
public sealed interface Outcome {

    /**
     * Returns what the resident reads.
     *
     * @return the message, in French and English
     */
    LocalizedText message();

    /**
     * Tells whether the booking or cancellation was made.
     *
     * @return true for {@link Done}
     */
    boolean isDone();

    /** Why a booking or cancellation is refused. */
    enum Reason {
        /** The canteen serves no meal on that day of the week or public holiday. */
        NO_SERVICE,
        /** The canteen is closed: school holidays or closure. */
        CLOSED,
        /** The cut-off has passed. */
        TOO_LATE,
        /** Every place of the day is taken. */
        FULL,
        /** The meal is already booked. */
        ALREADY_BOOKED,
        /** There is no booking to cancel. */
        NOT_BOOKED
    }

    /**
     * The booking or cancellation was made.
     *
     * @param message what the resident reads
     */
    record Done(LocalizedText message) implements Outcome {
        /**
         * Checks the message.
         *
         * @param message what the resident reads
         */
        public Done {
            requireNonNull(message, "message");
        }

        @Override
        public boolean isDone() {
            return true;
        }
    }

    /**
     * The booking or cancellation was refused; nothing changed.
     *
     * @param reason the reason
     * @param message what the resident reads
     */
    record Refused(Reason reason, LocalizedText message) implements Outcome {
        /**
         * Checks the parts.
         *
         * @param reason the reason
         * @param message what the resident reads
         */
        public Refused {
            requireNonNull(reason, "reason");
            requireNonNull(message, "message");
        }

        @Override
        public boolean isDone() {
            return false;
        }
    }
}
