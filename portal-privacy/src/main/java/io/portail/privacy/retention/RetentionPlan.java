package io.portail.privacy.retention;

import static java.util.Objects.requireNonNull;

import java.time.LocalDate;
import java.util.List;

/**
 * What is due on a day, found by a dry run of the planner: nothing has been done yet.
 *
 * <p>It holds opaque record ids and dates only, never personal data. Immutable and thread-safe.
 *
 * @param day the day planned for, in the commune's zone
 * @param toWarn records whose final action is near
 * @param toArchive records to move to the intermediate archive
 * @param toPurge records whose final action (delete, anonymise, transfer) is due
 * @param held ids of records that are due for a step but under a legal hold
 * @param unresolved ids of records whose activity or rule version the schedule does not know
 */
public record RetentionPlan(
        LocalDate day,
        List<PlannedStep> toWarn,
        List<PlannedStep> toArchive,
        List<PlannedStep> toPurge,
        List<String> held,
        List<String> unresolved) {
    /**
     * Checks the plan.
     *
     * @param day the day planned for
     * @param toWarn records whose final action is near
     * @param toArchive records to move to the intermediate archive
     * @param toPurge records whose final action is due
     * @param held ids of due records under a legal hold
     * @param unresolved ids of records whose rule is unknown
     */
    public RetentionPlan {
        requireNonNull(day, "day");
        toWarn = copy(toWarn);
        toArchive = copy(toArchive);
        toPurge = copy(toPurge);
        held = List.copyOf(held);
        unresolved = List.copyOf(unresolved);
    }

    private static List<PlannedStep> copy(List<PlannedStep> steps) {
        // The planner's own lists are immutable and compact; copying would undo that.
        return steps instanceof StepList ? steps : List.copyOf(steps);
    }

    /**
     * Tells whether nothing is due.
     *
     * @return true if no step is due
     */
    public boolean isEmpty() {
        return toWarn.isEmpty() && toArchive.isEmpty() && toPurge.isEmpty();
    }

    @Override
    public String toString() {
        return "RetentionPlan["
                + day
                + ": warn "
                + toWarn.size()
                + ", archive "
                + toArchive.size()
                + ", purge "
                + toPurge.size()
                + ", held "
                + held.size()
                + ", unresolved "
                + unresolved.size()
                + "]";
    }
}
