package io.portail.core.request;

import static java.util.Objects.requireNonNull;

import io.portail.core.internal.Ids;
import io.portail.core.reference.Reference;
import io.portail.forms.validation.Answers;
import java.time.Instant;

/**
 * A request being filled in, saved so that the resident can resume it: the answers are kept as
 * sent, raw, and checked step by step.
 *
 * <p>Immutable. {@code toString} never shows the answers.
 *
 * @param reference the reference drawn for it, which the request keeps once submitted
 * @param procedureId the procedure's id
 * @param procedureVersion the version of the procedure it is filled in on
 * @param answers the answers saved so far, raw
 * @param lastStepId the id of the last step checked and saved
 * @param channel how it is being filled in
 * @param actor who saved it last
 * @param savedAt when it was saved last
 * @param version the version, from 1, one more at each save
 */
public record Draft(
        Reference reference,
        String procedureId,
        int procedureVersion,
        Answers answers,
        String lastStepId,
        Channel channel,
        Actor actor,
        Instant savedAt,
        int version) {
    /**
     * Checks the draft.
     *
     * @param reference the reference
     * @param procedureId the procedure's id
     * @param procedureVersion the version of the procedure
     * @param answers the answers saved so far
     * @param lastStepId the last step saved
     * @param channel how it is being filled in
     * @param actor who saved it last
     * @param savedAt when it was saved last
     * @param version the version, from 1
     * @throws IllegalArgumentException if the version is below 1
     */
    public Draft {
        requireNonNull(reference, "reference");
        requireNonNull(procedureId, "procedureId");
        requireNonNull(answers, "answers");
        requireNonNull(lastStepId, "lastStepId");
        requireNonNull(channel, "channel");
        requireNonNull(actor, "actor");
        requireNonNull(savedAt, "savedAt");
        if (version < 1) {
            throw new IllegalArgumentException("A draft's version starts at 1");
        }
    }

    @Override
    public String toString() {
        return "Draft["
                + reference
                + ", "
                + Ids.shown(procedureId)
                + " v"
                + procedureVersion
                + ", version "
                + version
                + "]";
    }
}
