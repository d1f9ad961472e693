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
import org.jspecify.annotations.Nullable;

/**
 * A versioned form: its steps, in order, each with its fields.
 *
 * <p>A definition is checked when built: field and step ids are unique, every condition reads a
 * field of the form (or of its own group), can hold (a choice is compared with one of its options,
 * a comparison reads a number or a date), and no field's conditions lead back to itself. Errors
 * name the step or field and the fix. Answers are validated against the version they were started
 * on. Immutable and thread-safe.
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
     * <p>Display-only fields collect nothing and are left out; a group counts with its fields.
     *
     * @return the categories, in reading order
     */
    public Set<DataCategory> categories() {
        Set<DataCategory> categories = new LinkedHashSet<>();
        for (Field field : fields()) {
            if (field.type() instanceof FieldType.Group) {
                categories.add(field.category());
                for (Field child : ((FieldType.Group) field.type()).fields()) {
                    if (!(child.type() instanceof FieldType.Display)) {
                        categories.add(child.category());
                    }
                }
            } else if (!(field.type() instanceof FieldType.Display)) {
                categories.add(field.category());
            }
        }
        return categories;
    }

    private static void check(List<Step> steps) {
        Map<String, Field> fields = new LinkedHashMap<>();
        Set<String> stepIds = new HashSet<>();
        for (Step step : steps) {
            if (!stepIds.add(step.id())) {
                throw new IllegalArgumentException("Two steps share the id " + step.id());
            }
            for (Field field : step.fields()) {
                if (fields.put(field.id(), field) != null) {
                    throw new IllegalArgumentException("Two fields share the id " + field.id());
                }
            }
        }
        Map<String, Set<String>> dependsOn = new HashMap<>();
        for (Step step : steps) {
            Scope top = new Scope(fields, null, null);
            checkCondition(step.shownWhen(), "step " + step.id() + " (shownWhen)", top);
            if (step.exit() != null) {
                checkCondition(step.exit().when(), "step " + step.id() + " (exitWhen)", top);
            }
            for (Field field : step.fields()) {
                Set<String> reads = new HashSet<>();
                checkField(field, top, reads);
                if (step.shownWhen() != null) {
                    reads.addAll(step.shownWhen().fields());
                }
                dependsOn.put(field.id(), reads);
                if (field.type() instanceof FieldType.Group) {
                    FieldType.Group group = (FieldType.Group) field.type();
                    Map<String, Field> own = new HashMap<>();
                    group.fields().forEach(f -> own.put(f.id(), f));
                    Scope inner = new Scope(fields, own, field.id());
                    for (Field child : group.fields()) {
                        Set<String> childReads = new HashSet<>();
                        checkField(child, inner, childReads);
                        Set<String> nodes = new HashSet<>();
                        for (String read : childReads) {
                            nodes.add(own.containsKey(read) ? field.id() + "." + read : read);
                        }
                        // An occurrence is shown only when its group is.
                        nodes.add(field.id());
                        dependsOn.put(field.id() + "." + child.id(), nodes);
                    }
                }
            }
        }
        Set<String> done = new HashSet<>();
        for (String node : dependsOn.keySet()) {
            findCycle(node, dependsOn, new LinkedHashSet<>(), done);
        }
    }

    /** The fields a condition can read: its group's own fields first, then the form's. */
    private record Scope(
            Map<String, Field> top, @Nullable Map<String, Field> own, @Nullable String group) {
        @Nullable Field find(String id) {
            if (own != null && own.containsKey(id)) {
                return own.get(id);
            }
            return top.get(id);
        }

        String name(Field field) {
            return group == null ? "field " + field.id() : "field " + group + "." + field.id();
        }
    }

    private static void checkField(Field field, Scope scope, Set<String> reads) {
        String where = scope.name(field);
        checkCondition(field.shownWhen(), where + " (shownWhen)", scope);
        checkCondition(field.requiredWhen(), where + " (requiredWhen)", scope);
        if (field.exit() != null) {
            checkCondition(field.exit().when(), where + " (exitWhen)", scope);
        }
        if (field.shownWhen() != null) {
            reads.addAll(field.shownWhen().fields());
        }
        if (field.requiredWhen() != null) {
            reads.addAll(field.requiredWhen().fields());
        }
    }

    private static void checkCondition(@Nullable Condition condition, String where, Scope scope) {
        if (condition == null) {
            return;
        }
        if (condition instanceof Condition.All) {
            ((Condition.All) condition).conditions().forEach(c -> checkCondition(c, where, scope));
            return;
        }
        if (condition instanceof Condition.Any) {
            ((Condition.Any) condition).conditions().forEach(c -> checkCondition(c, where, scope));
            return;
        }
        if (condition instanceof Condition.Not) {
            checkCondition(((Condition.Not) condition).condition(), where, scope);
            return;
        }
        String read = condition.fieldStream().findFirst().orElseThrow();
        Field field = scope.find(read);
        if (field == null) {
            throw new IllegalArgumentException(
                    "The condition of "
                            + where
                            + " reads field "
                            + read
                            + ", which the form does not have; check the id"
                            + (scope.group() != null
                                    ? " (a group's field can read the fields of its own group"
                                            + " and of the form)"
                                    : " (the fields of a group can only be read within it)"));
        }
        FieldType type = field.type();
        String prefix = "The condition of " + where + " can never hold: ";
        if (type instanceof FieldType.Display) {
            throw new IllegalArgumentException(
                    prefix + "field " + read + " only displays a text and is never answered");
        }
        if (condition instanceof Condition.In) {
            Set<String> allowed = allowedValues(type);
            if (allowed != null) {
                for (String value : ((Condition.In) condition).values()) {
                    if (!allowed.contains(value)) {
                        throw new IllegalArgumentException(
                                prefix
                                        + "field "
                                        + read
                                        + " never reads \""
                                        + value
                                        + "\"; use one of "
                                        + String.join(", ", allowed));
                    }
                }
            }
        } else if (condition instanceof Condition.Compare) {
            boolean dateBound = ((Condition.Compare) condition).isDate();
            boolean isDate = type instanceof FieldType.DateField;
            boolean isNumber =
                    type instanceof FieldType.IntegerNumber
                            || type instanceof FieldType.DecimalNumber
                            || type instanceof FieldType.Amount
                            || type instanceof FieldType.Group;
            if (!isDate && !isNumber) {
                throw new IllegalArgumentException(
                        "The condition of "
                                + where
                                + " compares field "
                                + read
                                + ", a "
                                + type.kind()
                                + ", which is neither a number nor a date; compare an integer,"
                                + " decimal, amount, date or group field, or use equals or in");
            }
            if (dateBound != isDate) {
                throw new IllegalArgumentException(
                        "The condition of "
                                + where
                                + " compares field "
                                + read
                                + ", a "
                                + type.kind()
                                + ", with "
                                + (dateBound
                                        ? "a date; use a number as the bound"
                                        : "a number; use a date such as 2026-09-01 as the bound"));
            }
        }
    }

    private static @Nullable Set<String> allowedValues(FieldType type) {
        List<Option> options = null;
        if (type instanceof FieldType.SingleChoice) {
            options = ((FieldType.SingleChoice) type).options();
        } else if (type instanceof FieldType.MultipleChoice) {
            options = ((FieldType.MultipleChoice) type).options();
        } else if (type instanceof FieldType.YesNo) {
            return new LinkedHashSet<>(List.of("true", "false"));
        }
        if (options == null) {
            return null;
        }
        Set<String> codes = new LinkedHashSet<>();
        options.forEach(o -> codes.add(o.code()));
        return codes;
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
                            + field
                            + "; make one of these conditions read another field");
        }
        for (String next : dependsOn.getOrDefault(field, Set.of())) {
            findCycle(next, dependsOn, path, done);
        }
        path.remove(field);
        done.add(field);
    }
}
