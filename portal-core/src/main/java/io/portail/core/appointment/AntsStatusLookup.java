package io.portail.core.appointment;

import java.time.Instant;

/**
 * Asks the ANTS (Agence nationale des titres sécurisés) the status of a pre-application number: the
 * extension point an adapter implements over the ANTS interconnection API.
 *
 * <p>Implementations are thread-safe. They should give up by the deadline; {@link AntsCheck}
 * enforces it anyway and treats a late answer as a failure. A failure is any unchecked exception;
 * its message must not contain the number.
 */
@FunctionalInterface
public interface AntsStatusLookup {
    /**
     * Looks up a pre-application number.
     *
     * @param applicationId the normalised number, 10 upper-case letters or digits
     * @param deadline the instant by which the answer is needed
     * @return the status
     */
    AntsStatus status(String applicationId, Instant deadline);
}
