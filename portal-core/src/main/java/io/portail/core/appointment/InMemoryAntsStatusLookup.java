package io.portail.core.appointment;

import static java.util.Objects.requireNonNull;

import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * An {@link AntsStatusLookup} answering from memory, for tests and demonstrations; it can be made
 * slow to prove that a late answer is treated as a failure.
 *
 * <p>A number it does not hold is {@link AntsStatus.State#UNKNOWN}. Thread-safe.
 */
public final class InMemoryAntsStatusLookup implements AntsStatusLookup {
    private final Map<String, AntsStatus> statuses = new ConcurrentHashMap<>();
    private final Duration delay;

    private InMemoryAntsStatusLookup(Duration delay) {
        this.delay = delay;
    }

    /**
     * Returns a lookup that answers at once.
     *
     * @return the lookup
     */
    public static InMemoryAntsStatusLookup create() {
        return new InMemoryAntsStatusLookup(Duration.ZERO);
    }

    /**
     * Returns a lookup that waits before answering, ignoring the deadline, like a slow network.
     *
     * @param delay how long it waits
     * @return the lookup
     * @throws IllegalArgumentException if the delay is negative
     */
    public static InMemoryAntsStatusLookup slow(Duration delay) {
        requireNonNull(delay, "delay");
        if (delay.isNegative()) {
            throw new IllegalArgumentException("A delay is zero or more");
        }
        return new InMemoryAntsStatusLookup(delay);
    }

    /**
     * Sets the status of a number.
     *
     * @param applicationId the normalised number
     * @param status its status
     * @return this lookup
     */
    public InMemoryAntsStatusLookup with(String applicationId, AntsStatus status) {
        statuses.put(
                requireNonNull(applicationId, "applicationId"), requireNonNull(status, "status"));
        return this;
    }

    @Override
    public AntsStatus status(String applicationId, Instant deadline) {
        requireNonNull(applicationId, "applicationId");
        requireNonNull(deadline, "deadline");
        if (!delay.isZero()) {
            try {
                Thread.sleep(delay.toMillis());
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException("The lookup was interrupted", e);
            }
        }
        return statuses.getOrDefault(
                applicationId, new AntsStatus(AntsStatus.State.UNKNOWN, java.util.List.of()));
    }
}
