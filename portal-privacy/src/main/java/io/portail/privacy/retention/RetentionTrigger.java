package io.portail.privacy.retention;

/** The event from which a retention period runs. */
public enum RetentionTrigger {
    /** The record was created. */
    CREATION,
    /** The request was submitted. */
    SUBMISSION,
    /** The record last changed. */
    LAST_CHANGE,
    /** A decision was taken on the request. */
    DECISION,
    /** The request was closed. */
    CLOSURE,
    /** A date held in a field of the record, named by the rule (a child's birth date, say). */
    DATE_FIELD,
    /** The end of the validity of a decision (a registration valid for a school year, say). */
    VALIDITY_END
}
