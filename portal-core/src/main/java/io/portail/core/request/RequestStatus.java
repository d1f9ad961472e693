package io.portail.core.request;

/**
 * Where a request stands in its lifecycle.
 *
 * <p>The path is draft, submitted, received, then possibly incomplete and complemented (CRPA art.
 * L114-5), under review, and one of the ends: accepted, rejected, implicitly accepted (silence vaut
 * acceptation, L231-1), implicitly rejected (silence vaut rejet, L231-4), withdrawn or closed.
 */
public enum RequestStatus {
    /** Being filled in: saved answers, not sent to the commune. */
    DRAFT,
    /** Sent by the resident, not yet registered by the commune. */
    SUBMITTED,
    /** Received by the commune, its receipt issued. */
    RECEIVED,
    /** Pieces or information are missing (CRPA art. L114-5); the resident was told which. */
    INCOMPLETE,
    /** The missing pieces arrived. */
    COMPLEMENTED,
    /** An agent is examining it. */
    UNDER_REVIEW,
    /** Accepted by an express decision. */
    ACCEPTED,
    /** Rejected by an express decision. */
    REJECTED,
    /** Accepted by the administration's silence (CRPA art. L231-1). */
    IMPLICITLY_ACCEPTED,
    /** Rejected by the administration's silence (CRPA art. L231-4). */
    IMPLICITLY_REJECTED,
    /** Withdrawn by the resident or someone acting for them. */
    WITHDRAWN,
    /** Closed by the commune: archived after a decision, or left incomplete past its deadline. */
    CLOSED;

    /**
     * Tells whether the request has been decided, withdrawn or closed.
     *
     * @return true for accepted, rejected, implicitly accepted or rejected, withdrawn and closed
     */
    public boolean isEnded() {
        return ordinal() >= ACCEPTED.ordinal();
    }

    /**
     * Tells whether the request still waits for a decision, so that silence may decide it.
     *
     * @return true for received, incomplete, complemented and under review
     */
    public boolean isPending() {
        return this == RECEIVED
                || this == INCOMPLETE
                || this == COMPLEMENTED
                || this == UNDER_REVIEW;
    }
}
