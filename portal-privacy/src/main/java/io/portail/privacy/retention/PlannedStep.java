package io.portail.privacy.retention;

import static java.util.Objects.requireNonNull;

import java.time.LocalDate;

/**
 * A retention step due on one record: its opaque id, the step and the day it fell due.
 *
 * <p>Immutable and thread-safe.
 *
 * @param recordId the record's opaque id
 * @param activityId the record's activity
 * @param step the step
 * @param dueOn the first day the step was due
 */
public record PlannedStep(String recordId, String activityId, Step step, LocalDate dueOn) {
    /**
     * Checks the step.
     *
     * @param recordId the record's opaque id
     * @param activityId the record's activity
     * @param step the step
     * @param dueOn the first day the step was due
     */
    public PlannedStep {
        requireNonNull(recordId, "recordId");
        requireNonNull(activityId, "activityId");
        requireNonNull(step, "step");
        requireNonNull(dueOn, "dueOn");
    }
}
