package io.portail.core.request;

import static java.util.Objects.requireNonNull;

import io.portail.core.reference.Reference;
import org.jspecify.annotations.Nullable;

/**
 * A command the lifecycle of a request refuses: the caller handles it; nothing was changed.
 *
 * <p>The message names the reference, statuses and reason, never personal data.
 */
public final class RequestRefusedException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    /** Why the command was refused. */
    public enum Reason {
        /** No request has this reference. */
        UNKNOWN_REQUEST,
        /** The request was changed since the version the caller read (optimistic versioning). */
        STALE_VERSION,
        /** The command is not allowed from the request's status. */
        ILLEGAL_TRANSITION,
        /** This kind of actor may not do this command. */
        ACTOR_NOT_ALLOWED,
        /** The helper's mandate has ended. */
        MANDATE_EXPIRED,
        /** The helper's mandate does not cover this procedure. */
        MANDATE_OUT_OF_SCOPE,
        /** The procedure has no implicit decision, or its clock is stopped (CRPA art. L114-5). */
        NO_IMPLICIT_DECISION,
        /** The implicit decision is not born yet. */
        IMPLICIT_DECISION_NOT_DUE,
        /** The deadline to provide missing pieces has not passed yet. */
        COMPLEMENT_STILL_DUE,
        /** An attestation of implicit acceptance is only for an implicitly accepted request. */
        NOT_IMPLICITLY_ACCEPTED,
        /** The draft's procedure is no longer offered. */
        PROCEDURE_UNAVAILABLE
    }

    private final Reason reason;
    private final @Nullable Reference reference;

    /**
     * Creates the exception.
     *
     * @param reason why
     * @param reference the request's reference, or null if unknown
     * @param message what happened, without personal data
     */
    public RequestRefusedException(Reason reason, @Nullable Reference reference, String message) {
        super(message);
        this.reason = requireNonNull(reason, "reason");
        this.reference = reference;
    }

    /**
     * Returns why the command was refused.
     *
     * @return the reason
     */
    public Reason reason() {
        return reason;
    }

    /**
     * Returns the reference of the request concerned.
     *
     * @return the reference, or null when no request was found
     */
    public @Nullable Reference reference() {
        return reference;
    }
}
