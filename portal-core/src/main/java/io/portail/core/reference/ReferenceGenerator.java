package io.portail.core.reference;

import static java.util.Objects.requireNonNull;

import java.security.SecureRandom;
import java.util.random.RandomGenerator;

/**
 * Draws new, unique request references; immutable and thread-safe when its random source and
 * reservations are.
 *
 * <p>Each reference has eight characters drawn uniformly from {@link Reference#ALPHABET}: about 5 ×
 * 10<sup>11</sup> references per prefix. A drawn reference already reserved is drawn again, at most
 * {@value #MAX_ATTEMPTS} times.
 */
public final class ReferenceGenerator {

    /** The number of draws before giving up. */
    public static final int MAX_ATTEMPTS = 32;

    private final String prefix;
    private final RandomGenerator random;
    private final ReferenceReservations reservations;

    private ReferenceGenerator(
            String prefix, RandomGenerator random, ReferenceReservations reservations) {
        this.prefix = prefix;
        this.random = random;
        this.reservations = reservations;
    }

    /**
     * Returns a generator drawing from a new {@link SecureRandom}.
     *
     * @param prefix two letters of the alphabet, for example {@code SE}
     * @param reservations the reservations that keep references unique
     * @return the generator
     * @throws IllegalArgumentException if the prefix is not two letters of the alphabet
     */
    public static ReferenceGenerator of(String prefix, ReferenceReservations reservations) {
        return of(prefix, new SecureRandom(), reservations);
    }

    /**
     * Returns a generator drawing from a given random source.
     *
     * @param prefix two letters of the alphabet, for example {@code SE}
     * @param random the random source; it must be safe for concurrent use if the generator is
     *     shared ({@link SecureRandom} and {@link java.util.Random} are)
     * @param reservations the reservations that keep references unique
     * @return the generator
     * @throws IllegalArgumentException if the prefix is not two letters of the alphabet
     */
    public static ReferenceGenerator of(
            String prefix, RandomGenerator random, ReferenceReservations reservations) {
        requireNonNull(prefix, "prefix");
        requireNonNull(random, "random");
        requireNonNull(reservations, "reservations");
        Reference.checkPrefix(prefix);
        return new ReferenceGenerator(prefix, random, reservations);
    }

    /**
     * Draws a new reference and reserves it.
     *
     * @return a reference that no other call has returned with the same reservations
     * @throws IllegalStateException if no free reference was drawn in {@value #MAX_ATTEMPTS}
     *     attempts, which means the reservations are nearly full or always refuse
     */
    public Reference next() {
        char[] body = new char[Reference.BODY_LENGTH];
        for (int attempt = 0; attempt < MAX_ATTEMPTS; attempt++) {
            for (int i = 0; i < body.length; i++) {
                body[i] = Reference.ALPHABET.charAt(random.nextInt(Reference.ALPHABET.length()));
            }
            Reference reference = Reference.of(prefix, new String(body));
            if (reservations.tryReserve(reference)) {
                return reference;
            }
        }
        throw new IllegalStateException(
                "No free reference with prefix " + prefix + " after " + MAX_ATTEMPTS + " attempts");
    }

    /**
     * Returns the prefix of the references drawn.
     *
     * @return the prefix, for example {@code SE}
     */
    public String prefix() {
        return prefix;
    }
}
