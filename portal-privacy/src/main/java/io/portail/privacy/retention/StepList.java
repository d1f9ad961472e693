package io.portail.privacy.retention;

import java.time.LocalDate;
import java.util.AbstractList;
import java.util.Arrays;
import java.util.RandomAccess;

/**
 * The steps of a plan, held in parallel arrays and turned into {@link PlannedStep} values only when
 * read, so that planning a million records allocates little. Immutable once built.
 */
final class StepList extends AbstractList<PlannedStep> implements RandomAccess {
    private String[] ids = new String[16];
    private String[] activities = new String[16];
    private Step[] steps = new Step[16];
    private RetentionRule[] rules = new RetentionRule[16];
    private long[] triggers = new long[16];
    private int size;
    private boolean frozen;

    void add(String id, String activity, Step step, RetentionRule rule, long trigger) {
        if (frozen) {
            throw new UnsupportedOperationException("The plan is immutable");
        }
        if (size == ids.length) {
            int grown = size * 2;
            ids = Arrays.copyOf(ids, grown);
            activities = Arrays.copyOf(activities, grown);
            steps = Arrays.copyOf(steps, grown);
            rules = Arrays.copyOf(rules, grown);
            triggers = Arrays.copyOf(triggers, grown);
        }
        ids[size] = id;
        activities[size] = activity;
        steps[size] = step;
        rules[size] = rule;
        triggers[size] = trigger;
        size++;
    }

    StepList freeze() {
        frozen = true;
        return this;
    }

    @Override
    public PlannedStep get(int index) {
        if (index < 0 || index >= size) {
            throw new IndexOutOfBoundsException("Index " + index + " of " + size);
        }
        RetentionRule rule = rules[index];
        LocalDate trigger = LocalDate.ofEpochDay(triggers[index]);
        LocalDate due =
                switch (steps[index]) {
                    case WARN -> rule.warnOn(trigger);
                    case MOVE_TO_ARCHIVE -> rule.archiveOn(trigger);
                    default -> rule.dueOn(trigger);
                };
        return new PlannedStep(ids[index], activities[index], steps[index], due);
    }

    @Override
    public int size() {
        return size;
    }
}
