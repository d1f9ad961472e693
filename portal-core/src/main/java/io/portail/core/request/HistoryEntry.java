package io.portail.core.request;

import static java.util.Objects.requireNonNull;

import java.time.Instant;

/**
 * One step in the history of a request: what was done, when, by whom, through which channel.
 *
 * <p>The history is append-only; replaying its commands rebuilds the request ({@link
 * Request#replay}). Immutable and thread-safe.
 *
 * @param version the version of the request after this step, from 1
 * @param at when it was done
 * @param command what was done
 * @param from the status before
 * @param to the status after
 * @param actor who did it
 * @param channel through which channel
 */
public record HistoryEntry(
        int version,
        Instant at,
        RequestCommand command,
        RequestStatus from,
        RequestStatus to,
        Actor actor,
        Channel channel) {
    /**
     * Checks the entry.
     *
     * @param version the version after this step
     * @param at when it was done
     * @param command what was done
     * @param from the status before
     * @param to the status after
     * @param actor who did it
     * @param channel through which channel
     * @throws IllegalArgumentException if the version is below 1
     */
    public HistoryEntry {
        requireNonNull(at, "at");
        requireNonNull(command, "command");
        requireNonNull(from, "from");
        requireNonNull(to, "to");
        requireNonNull(actor, "actor");
        requireNonNull(channel, "channel");
        if (version < 1) {
            throw new IllegalArgumentException("A request's version starts at 1");
        }
    }
}
