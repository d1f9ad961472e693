package io.portail.privacy.retention;

import static java.util.Objects.requireNonNull;

import io.portail.privacy.category.DataCategory;
import java.time.LocalDate;
import java.util.Collections;
import java.util.EnumMap;
import java.util.Map;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;

/**
 * What the retention planner knows of a stored record: an opaque id and dates, never its content.
 *
 * <p>The trigger dates are those that have happened: a request not yet closed has no {@link
 * RetentionTrigger#CLOSURE} date, and nothing that runs from closure is due. For a rule whose
 * trigger is {@link RetentionTrigger#DATE_FIELD}, the host puts the date of the field the rule
 * names under that trigger. Immutable and thread-safe.
 *
 * @param id the record's opaque id
 * @param activityId the processing activity it belongs to
 * @param category the category of the data, which chooses a category rule if the activity has one
 * @param triggers the dates of the events that have happened
 * @param ruleVersion the version of the retention rule frozen on the record when it was created
 * @param legalHold true while a legal hold (a dispute, an inquiry) forbids any retention action
 * @param archived true once the record is in the intermediate archive
 * @param warned true once the warning before the final action was sent
 */
public record RetainedRecord(
        String id,
        String activityId,
        DataCategory category,
        Map<RetentionTrigger, LocalDate> triggers,
        int ruleVersion,
        boolean legalHold,
        boolean archived,
        boolean warned) {
    private static final Pattern ID = Pattern.compile("[A-Za-z0-9._:-]{1,64}");

    /**
     * Checks the record.
     *
     * @param id the record's opaque id
     * @param activityId the processing activity
     * @param category the category of the data
     * @param triggers the dates of the events that have happened
     * @param ruleVersion the version of the retention rule frozen on the record
     * @param legalHold true while a legal hold applies
     * @param archived true once in the intermediate archive
     * @param warned true once the warning was sent
     * @throws IllegalArgumentException if the id is not an opaque id of 1 to 64 letters, digits or
     *     {@code . _ : -}, or the version is below 1
     */
    public RetainedRecord {
        requireNonNull(id, "id");
        requireNonNull(activityId, "activityId");
        requireNonNull(category, "category");
        requireNonNull(triggers, "triggers");
        if (!ID.matcher(id).matches()) {
            throw new IllegalArgumentException(
                    "A record id is an opaque id of 1 to 64 letters, digits or . _ : -");
        }
        if (ruleVersion < 1) {
            throw new IllegalArgumentException("A rule version starts at 1: " + ruleVersion);
        }
        EnumMap<RetentionTrigger, LocalDate> copy = new EnumMap<>(RetentionTrigger.class);
        copy.putAll(triggers);
        triggers = Collections.unmodifiableMap(copy);
    }

    /**
     * Creates an active record with no hold and no warning sent.
     *
     * @param id the record's opaque id
     * @param activityId the processing activity
     * @param category the category of the data
     * @param triggers the dates of the events that have happened
     * @param ruleVersion the version of the retention rule frozen on the record
     * @return the record
     * @throws IllegalArgumentException if the id is malformed or the version below 1
     */
    public static RetainedRecord of(
            String id,
            String activityId,
            DataCategory category,
            Map<RetentionTrigger, LocalDate> triggers,
            int ruleVersion) {
        return new RetainedRecord(
                id, activityId, category, triggers, ruleVersion, false, false, false);
    }

    /**
     * Returns a copy with a legal hold set or lifted.
     *
     * @param hold true to set the hold
     * @return the copy
     */
    public RetainedRecord withLegalHold(boolean hold) {
        return new RetainedRecord(
                id, activityId, category, triggers, ruleVersion, hold, archived, warned);
    }

    /**
     * Returns the date of a trigger.
     *
     * @param trigger the trigger
     * @return the date, or null if the event has not happened
     */
    public @Nullable LocalDate dateOf(RetentionTrigger trigger) {
        return triggers.get(trigger);
    }
}
