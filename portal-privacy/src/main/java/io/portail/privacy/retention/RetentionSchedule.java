package io.portail.privacy.retention;

import static java.util.Objects.requireNonNull;

import io.portail.privacy.category.DataCategory;
import io.portail.privacy.register.ProcessingActivity;
import io.portail.privacy.register.Register;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * Every retention rule the planner may meet: the rules in force in the register, and the earlier
 * versions still frozen on stored records.
 *
 * <p>A record's rule is found from its activity, the most specific category rule of the activity
 * that contains the record's category (else the activity's own rule), and the version frozen on the
 * record. Immutable and thread-safe.
 */
public final class RetentionSchedule {
    private final Register register;
    private final Map<Slot, RetentionRule> rules;

    private RetentionSchedule(Register register, Map<Slot, RetentionRule> rules) {
        this.register = register;
        this.rules = Map.copyOf(rules);
    }

    /**
     * Returns the schedule of the rules in force in the register.
     *
     * @param register the register
     * @return the schedule
     */
    public static RetentionSchedule of(Register register) {
        requireNonNull(register, "register");
        Map<Slot, RetentionRule> rules = new HashMap<>();
        for (ProcessingActivity activity : register.activities()) {
            RetentionRule own = activity.retention();
            rules.put(new Slot(activity.id(), null, own.version()), own);
            activity.categoryRetention()
                    .forEach(
                            (category, rule) ->
                                    rules.put(
                                            new Slot(activity.id(), category, rule.version()),
                                            rule));
        }
        return new RetentionSchedule(register, rules);
    }

    /**
     * Returns a copy that also knows an earlier version of a rule.
     *
     * @param activityId the activity
     * @param category the category the rule is for, or null for the activity's own rule
     * @param rule the rule, carrying its version
     * @return the copy
     * @throws IllegalArgumentException if the register has no such activity, the activity has no
     *     rule for that category, or that version is already known with other terms
     */
    public RetentionSchedule withRule(
            String activityId, @Nullable DataCategory category, RetentionRule rule) {
        requireNonNull(activityId, "activityId");
        requireNonNull(rule, "rule");
        ProcessingActivity activity =
                register.activity(activityId)
                        .orElseThrow(
                                () ->
                                        new IllegalArgumentException(
                                                "No processing activity in the register: "
                                                        + activityId));
        if (category != null && !activity.categoryRetention().containsKey(category)) {
            throw new IllegalArgumentException(
                    "The activity has no retention rule for the category: " + category);
        }
        Slot slot = new Slot(activityId, category, rule.version());
        RetentionRule known = rules.get(slot);
        if (known != null && !known.equals(rule)) {
            throw new IllegalArgumentException(
                    "Version "
                            + rule.version()
                            + " of this rule is already known, with other terms");
        }
        Map<Slot, RetentionRule> copy = new HashMap<>(rules);
        copy.put(slot, rule);
        return new RetentionSchedule(register, copy);
    }

    /**
     * Finds the rule of a record.
     *
     * @param activityId the record's activity
     * @param category the record's category
     * @param version the version frozen on the record
     * @return the rule, or empty if the activity or that version is unknown
     */
    public Optional<RetentionRule> rule(String activityId, DataCategory category, int version) {
        requireNonNull(activityId, "activityId");
        requireNonNull(category, "category");
        Optional<ProcessingActivity> activity = register.activity(activityId);
        if (activity.isEmpty()) {
            return Optional.empty();
        }
        DataCategory ruleCategory = ruleCategory(activity.get(), category);
        return Optional.ofNullable(rules.get(new Slot(activityId, ruleCategory, version)));
    }

    /**
     * Returns the register the schedule was built from.
     *
     * @return the register
     */
    public Register register() {
        return register;
    }

    static @Nullable DataCategory ruleCategory(ProcessingActivity activity, DataCategory category) {
        DataCategory best = null;
        for (DataCategory key : activity.categoryRetention().keySet()) {
            if (category.isWithin(key)
                    && (best == null || key.id().length() > best.id().length())) {
                best = key;
            }
        }
        return best;
    }

    private record Slot(String activityId, @Nullable DataCategory category, int version) {}
}
