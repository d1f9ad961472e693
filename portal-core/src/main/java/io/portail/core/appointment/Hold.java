package io.portail.core.appointment;

import static java.util.Objects.requireNonNull;

import java.time.Instant;

/**
 * A slot kept for a resident while they fill in the form; it takes a place until it expires.
 *
 * <p>{@code toString} masks the resident. Immutable and thread-safe.
 *
 * @param id the hold's identifier
 * @param agendaId the agenda
 * @param start the slot's start
 * @param resident the resident's opaque identifier
 * @param expiresAt when the place is released if the booking is not confirmed
 */
public record Hold(String id, String agendaId, Instant start, String resident, Instant expiresAt) {
    /**
     * Checks the hold.
     *
     * @param id the identifier
     * @param agendaId the agenda
     * @param start the slot's start
     * @param resident the resident
     * @param expiresAt when it expires
     */
    public Hold {
        requireNonNull(id, "id");
        requireNonNull(agendaId, "agendaId");
        requireNonNull(start, "start");
        requireNonNull(resident, "resident");
        requireNonNull(expiresAt, "expiresAt");
    }

    /**
     * Tells whether the hold still takes its place at an instant.
     *
     * @param now the instant
     * @return true before it expires
     */
    public boolean isActiveAt(Instant now) {
        return now.isBefore(expiresAt);
    }

    @Override
    public String toString() {
        return "Hold[id=" + id + ", agendaId=" + agendaId + ", start=" + start + ", resident=***]";
    }
}
