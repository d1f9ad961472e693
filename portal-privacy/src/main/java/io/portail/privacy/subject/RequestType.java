package io.portail.privacy.subject;

import io.portail.privacy.purpose.Right;

/** What a data subject asks for. */
public enum RequestType {
    /** A copy of their data (GDPR art. 15). */
    ACCESS(Right.ACCESS),
    /** Correction of inaccurate data (art. 16). */
    RECTIFICATION(Right.RECTIFICATION),
    /** Erasure (art. 17). */
    ERASURE(Right.ERASURE),
    /** Restriction of processing (art. 18). */
    RESTRICTION(Right.RESTRICTION),
    /** Objection to processing (art. 21). */
    OBJECTION(Right.OBJECTION),
    /** Their data in a reusable format (art. 20). */
    PORTABILITY(Right.PORTABILITY);

    private final Right right;

    RequestType(Right right) {
        this.right = right;
    }

    /**
     * Returns the right the request exercises.
     *
     * @return the right
     */
    public Right right() {
        return right;
    }
}
