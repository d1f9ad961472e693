package io.portail.forms.definition;

import static java.util.Objects.requireNonNull;

import io.portail.privacy.category.DataCategory;
import io.portail.privacy.text.LocalizedText;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * A versioned form: its steps, in order, each with its fields.
 *
 * <p>A definition is checked when built: field and step ids are unique, every condition reads a
 * field of the form, and no field's conditions lead back to itself. Answers are validated against
 * the version they were started on. Immutable and thread-safe.
 *
 * @param id the stable identifier
 * @param version the version, from 1; a change that alters what is asked makes a new version
 * @param title the title a resident reads
 * @param steps the steps, in order
 */
public record FormDefinition(String id, int version, LocalizedText title, List<Step> steps) {
    /**
     * Checks the definition.
     *
     * @param id the stable identifier
     * @param version the version, from 1
     * @param title the title a resident reads
     * @param steps the steps, in order
     * @throws IllegalArgumentException with the offending id if the definition is inconsistent
     */
    public FormDefinition {
        requireNonNull(id, "id");
        requireNonNull(title, "title");
        steps = List.copyOf(requireNonNull(steps, "steps"));
        if (version < 1) {
            throw new IllegalArgumentException("A form version starts at 1");
        }
        if (steps.isEmpty()) {
            throw new IllegalArgumentException("A form needs at least one step");
        }
        check(steps);
    }

    /**
     * Returns every field, in reading order.
     *
     * @return the fields
     */
    public List<Field> fields() {
        List<Field> all = new ArrayList<>();
        steps.forEach(step -> all.addAll(step.fields()));
        return all;
    }

    /**
     * Finds a field by its id.
     *
     * @param fieldId the id
     * @return the field, or empty
     */
    public Optional<Field> field(String fieldId) {
        requireNonNull(fieldId, "fieldId");
        return fields().stream().filter(f -> f.id().equals(fieldId)).findFirst();
    }

    /**
     * Returns the step holding a field.
     *
     * @param fieldId the field id
     * @return the step, or empty if no step holds it
     */
    public Optional<Step> stepOf(String fieldId) {
        requireNonNull(fieldId, "fieldId");
        return steps.stream()
                .filter(s -> s.fields().stream().anyMatch(f -> f.id().equals(fieldId)))
                .findFirst();
    }

    /**
     * Returns the categories of personal data the form collects, for the minimisation check.
     *
     * @return the categories, in reading order
     */
    public Set<DataCategory> categories() {
        Set<DataCategory> categories = new LinkedHashSet<>();
        fields().forEach(f -> categories.add(f.category()));
        return categories;
    }

    private static void check(List<Step> steps) {
        Map<String, Field> fields = new LinkedHashMap<>();
        Set<String> stepIds = new HashSet<>();
        Map<String, Set<String>> dependsOn = new HashMap<>();
        for (Step step : steps) {
            if (!stepIds.add(step.id())) {
                throw new IllegalArgumentException("Two steps share the id " + step.id());
            }
            for (Field field : step.fields()) {
                if (fields.put(field.id(), field) != null) {
                    throw new IllegalArgumentException("Two fields share the id " + field.id());
                }
                Set<String> reads = new HashSet<>();
                if (field.shownWhen() != null) {
                    reads.addAll(field.shownWhen().fields());
                }
                if (field.requiredWhen() != null) {
                    reads.addAll(field.requiredWhen().fields());
                }
                if (step.shownWhen() != null) {
                    reads.addAll(step.shownWhen().fields());
                }
                dependsOn.put(field.id(), reads);
            }
        }
        for (var entry : dependsOn.entrySet()) {
            for (String read : entry.getValue()) {
                if (!fields.containsKey(read)) {
                    throw new IllegalArgumentException(
                            "The condition of field "
                                    + entry.getKey()
                                    + " reads field "
                                    + read
                                    + ", which the form does not have");
                }
            }
        }
        Set<String> done = new HashSet<>();
        for (String field : fields.keySet()) {
            findCycle(field, dependsOn, new LinkedHashSet<>(), done);
        }
    }

    private static void findCycle(
            String field,
            Map<String, Set<String>> dependsOn,
            LinkedHashSet<String> path,
            Set<String> done) {
        if (done.contains(field)) {
            return;
        }
        if (!path.add(field)) {
            throw new IllegalArgumentException(
                    "Conditions go round in a circle: "
                            + String.join(" -> ", path)
                            + " -> "
                            + field);
        }
        for (String next : dependsOn.getOrDefault(field, Set.of())) {
            findCycle(next, dependsOn, path, done);
        }
        path.remove(field);
        done.add(field);
    }
}
