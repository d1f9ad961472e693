package io.portail.core.request;

import static java.util.Objects.requireNonNull;

import io.portail.core.reference.Reference;
import io.portail.forms.validation.NormalisedAnswers;
import java.time.Instant;

/**
 * A request (dossier) a resident submitted.
 *
 * <p>Immutable. {@code toString} shows the reference and the procedure, never the answers.
 *
 * @param reference the reference given to the resident
 * @param procedureId the procedure's id
 * @param procedureVersion the version of the procedure and form it was submitted on
 * @param receivedAt when the commune received it
 * @param channel how it reached the commune
 * @param answers the checked answers
 * @param status where it stands
 */
public record Request(
        Reference reference,
        String procedureId,
        int procedureVersion,
        Instant receivedAt,
        Channel channel,
        NormalisedAnswers answers,
        RequestStatus status) {
    /**
     * Checks the request.
     *
     * @param reference the reference
     * @param procedureId the procedure's id
     * @param procedureVersion the version of the procedure
     * @param receivedAt when the commune received it
     * @param channel how it reached the commune
     * @param answers the checked answers
     * @param status where it stands
     */
    public Request {
        requireNonNull(reference, "reference");
        requireNonNull(procedureId, "procedureId");
        requireNonNull(receivedAt, "receivedAt");
        requireNonNull(channel, "channel");
        requireNonNull(answers, "answers");
        requireNonNull(status, "status");
    }

    @Override
    public String toString() {
        return "Request[" + reference + ", " + procedureId + " v" + procedureVersion + "]";
    }
}
