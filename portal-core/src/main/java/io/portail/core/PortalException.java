package io.portail.core;

import static java.util.Objects.requireNonNull;

/**
 * A submission the portal refuses for a reason other than the answers: the caller handles it.
 *
 * <p>The message names an id only when it is plain (letters, digits and hyphens, as ids are), else
 * its length; never a key nor personal data.
 */
public final class PortalException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    /** Why the portal refused. */
    public enum Reason {
        /** The catalogue has no procedure with that id. */
        UNKNOWN_PROCEDURE,
        /** The idempotency key was used before for a different submission. */
        IDEMPOTENCY_KEY_REUSED,
        /** The procedure is a draft, retired, or outside its dates of availability. */
        PROCEDURE_UNAVAILABLE
    }

    private final Reason reason;

    /**
     * Creates the exception.
     *
     * @param reason why the portal refused
     * @param message what happened, without personal data
     */
    public PortalException(Reason reason, String message) {
        super(message);
        this.reason = requireNonNull(reason, "reason");
    }

    /**
     * Returns why the portal refused.
     *
     * @return the reason
     */
    public Reason reason() {
        return reason;
    }
}
