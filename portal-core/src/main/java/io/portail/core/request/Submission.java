package io.portail.core.request;

import static java.util.Objects.requireNonNull;

import io.portail.core.internal.IdempotencyKey;
import io.portail.forms.validation.Answers;

/**
 * What a host application passes to submit a request.
 *
 * <p>The idempotency key identifies one intent to submit: the same key returns the same request and
 * receipt, so a double click or a retried network call never creates a second request (case F13).
 * Generate one per form display, for instance a random UUID.
 *
 * @param procedureId the procedure's id in the catalogue
 * @param answers the answers, as sent
 * @param channel how the request reached the commune
 * @param idempotencyKey the key of this intent to submit, 8 to 128 characters, not only white space
 * @param actor who submits: the resident, or someone acting for them
 */
public record Submission(
        String procedureId, Answers answers, Channel channel, String idempotencyKey, Actor actor) {
    /**
     * Checks the submission.
     *
     * @param procedureId the procedure's id
     * @param answers the answers
     * @param channel how the request reached the commune
     * @param idempotencyKey the key of this intent to submit
     * @param actor who submits
     * @throws IllegalArgumentException if the key is shorter than 8 or longer than 128 characters,
     *     or only white space
     */
    public Submission {
        requireNonNull(actor, "actor");
        requireNonNull(procedureId, "procedureId");
        requireNonNull(answers, "answers");
        requireNonNull(channel, "channel");
        IdempotencyKey.check(idempotencyKey);
    }

    /**
     * Describes a submission by a resident who is not signed in.
     *
     * @param procedureId the procedure's id
     * @param answers the answers
     * @param channel how the request reached the commune
     * @param idempotencyKey the key of this intent to submit
     * @throws IllegalArgumentException if the key is shorter than 8 or longer than 128 characters,
     *     or only white space
     */
    public Submission(String procedureId, Answers answers, Channel channel, String idempotencyKey) {
        this(procedureId, answers, channel, idempotencyKey, Actor.anonymousResident());
    }
}
