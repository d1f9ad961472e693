package io.portail.privacy.retention;

/**
 * Carries out retention steps on the host's storage; the host implements it.
 *
 * <p>Each method receives an opaque record id. An implementation throws to report that a step
 * failed on a record; the purge goes on with the other records and reports the failure. It must not
 * put personal data in the exception's message, which is never logged anyway.
 */
public interface RetentionActions {
    /**
     * Carries out one step on one record.
     *
     * @param step the step
     * @param recordId the record's opaque id
     */
    void apply(Step step, String recordId);
}
