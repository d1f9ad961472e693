package io.portail.forms.definition;

import static java.util.Objects.requireNonNull;

import io.portail.forms.internal.definition.DefinitionException;
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
 * name the step or field and the fix; {@link io.portail.forms.json.FormJson} adds the JSON path of
 * the step, field or condition at fault. Answers are validated against the version they were
 * started on. Immutable and thread-safe.
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
        for (int s = 0; s < steps.size(); s++) {
            Step step = steps.get(s);
            if (!stepIds.add(step.id())) {
                throw new Place(s, -1, -1).problem("id", "Two steps share the id " + step.id());
            }
            for (int f = 0; f < step.fields().size(); f++) {
                Field field = step.fields().get(f);
                if (fields.put(field.id(), field) != null) {
                    throw new Place(s, f, -1)
                            .problem("id", "Two fields share the id " + field.id());
                }
            }
        }
        Map<String, Set<String>> dependsOn = new HashMap<>();
        Map<String, Node> nodes = new HashMap<>();
        for (int s = 0; s < steps.size(); s++) {
            Step step = steps.get(s);
            Scope top = new Scope(fields, null, null);
            Place stepPlace = new Place(s, -1, -1);
            checkCondition(step.shownWhen(), stepPlace, "step " + step.id(), "shownWhen", top);
            if (step.exit() != null) {
                checkCondition(step.exit().when(), stepPlace, "step " + step.id(), "exitWhen", top);
            }
            for (int f = 0; f < step.fields().size(); f++) {
                Field field = step.fields().get(f);
                Set<String> reads = new HashSet<>();
                checkField(field, new Place(s, f, -1), top, reads);
                if (step.shownWhen() != null) {
                    reads.addAll(step.shownWhen().fields());
                }
                dependsOn.put(field.id(), reads);
                nodes.put(field.id(), new Node(new Place(s, f, -1), field, step, null));
                if (field.type() instanceof FieldType.Group) {
                    FieldType.Group group = (FieldType.Group) field.type();
                    Map<String, Field> own = new HashMap<>();
                    group.fields().forEach(c -> own.put(c.id(), c));
                    Scope inner = new Scope(fields, own, field.id());
                    for (int c = 0; c < group.fields().size(); c++) {
                        Field child = group.fields().get(c);
                        Set<String> childReads = new HashSet<>();
                        checkField(child, new Place(s, f, c), inner, childReads);
                        Set<String> childNodes = new HashSet<>();
                        for (String read : childReads) {
                            childNodes.add(own.containsKey(read) ? field.id() + "." + read : read);
                        }
                        // An occurrence is shown only when its group is.
                        childNodes.add(field.id());
                        String node = field.id() + "." + child.id();
                        dependsOn.put(node, childNodes);
                        nodes.put(node, new Node(new Place(s, f, c), child, step, field.id()));
                    }
                }
            }
        }
        Set<String> done = new HashSet<>();
        for (String node : dependsOn.keySet()) {
            findCycle(node, dependsOn, nodes, new LinkedHashSet<>(), done);
        }
    }

    /** The position of a step, of a field in it, and of a field in that group, from 0, or -1. */
    private record Place(int step, int field, int child) {
        DefinitionException problem(@Nullable String property, String message) {
            return new DefinitionException(step, field, child, property, message);
        }
    }

    /** A field as a node of the graph of conditions: where it is, and what shows it. */
    private record Node(Place place, Field field, Step step, @Nullable String group) {
        /** The condition of this field (or of its step) that reads the next node of a cycle. */
        DefinitionException cycle(String next, String message) {
            String read =
                    group != null && next.startsWith(group + ".")
                            ? next.substring(group.length() + 1)
                            : next;
            if (field.shownWhen() != null && field.shownWhen().fields().contains(read)) {
                return place.problem("shownWhen", message);
            }
            if (field.requiredWhen() != null && field.requiredWhen().fields().contains(read)) {
                return place.problem("requiredWhen", message);
            }
            if (group == null && step.shownWhen() != null) {
                return new Place(place.step(), -1, -1).problem("shownWhen", message);
            }
            return place.problem(null, message);
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

    private static void checkField(Field field, Place place, Scope scope, Set<String> reads) {
        String where = scope.name(field);
        checkCondition(field.shownWhen(), place, where, "shownWhen", scope);
        checkCondition(field.requiredWhen(), place, where, "requiredWhen", scope);
        if (field.exit() != null) {
            checkCondition(field.exit().when(), place, where, "exitWhen", scope);
        }
        if (field.shownWhen() != null) {
            reads.addAll(field.shownWhen().fields());
        }
        if (field.requiredWhen() != null) {
            reads.addAll(field.requiredWhen().fields());
        }
    }

    private static void checkCondition(
            @Nullable Condition condition,
            Place place,
            String owner,
            String property,
            Scope scope) {
        if (condition == null) {
            return;
        }
        if (condition instanceof Condition.All) {
            for (Condition inner : ((Condition.All) condition).conditions()) {
                checkCondition(inner, place, owner, property, scope);
            }
            return;
        }
        if (condition instanceof Condition.Any) {
            for (Condition inner : ((Condition.Any) condition).conditions()) {
                checkCondition(inner, place, owner, property, scope);
            }
            return;
        }
        if (condition instanceof Condition.Not) {
            checkCondition(((Condition.Not) condition).condition(), place, owner, property, scope);
            return;
        }
        String where = owner + " (" + property + ")";
        String read = condition.fieldStream().findFirst().orElseThrow();
        Field field = scope.find(read);
        if (field == null) {
            throw place.problem(
                    property,
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
            throw place.problem(
                    property,
                    prefix + "field " + read + " only displays a text and is never answered");
        }
        if (condition instanceof Condition.In) {
            Set<String> allowed = allowedValues(type);
            if (allowed != null) {
                for (String value : ((Condition.In) condition).values()) {
                    if (!allowed.contains(value)) {
                        throw place.problem(
                                property,
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
                throw place.problem(
                        property,
                        "The condition of "
                                + where
                                + " compares field "
                                + read
                                + ", "
                                + withArticle(type.kind())
                                + ", which is neither a number nor a date; compare an integer,"
                                + " decimal, amount, date or group field, or use equals or in");
            }
            if (dateBound != isDate) {
                throw place.problem(
                        property,
                        "The condition of "
                                + where
                                + " compares field "
                                + read
                                + ", "
                                + withArticle(type.kind())
                                + ", with "
                                + (dateBound
                                        ? "a date; use a number as the bound"
                                        : "a number; use a date such as 2026-09-01 as the bound"));
            }
        }
    }

    /**
     * Names a kind of field with its article: "an integer", "an rna" (read letter by letter), "a
     * nir" (read as a word), "a date".
     */
    static String withArticle(String kind) {
        boolean vowelSound = "aeiou".indexOf(kind.charAt(0)) >= 0 || kind.equals("rna");
        return (vowelSound ? "an " : "a ") + kind;
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
            Map<String, Node> nodes,
            LinkedHashSet<String> path,
            Set<String> done) {
        if (done.contains(field)) {
            return;
        }
        if (!path.add(field)) {
            List<String> walked = new ArrayList<>(path);
            int at = walked.indexOf(field);
            String next = at + 1 < walked.size() ? walked.get(at + 1) : field;
            throw requireNonNull(nodes.get(field))
                    .cycle(
                            next,
                            "Conditions go round in a circle: "
                                    + String.join(" -> ", walked.subList(at, walked.size()))
                                    + " -> "
                                    + field
                                    + "; make one of these conditions read another field");
        }
        for (String next : dependsOn.getOrDefault(field, Set.of())) {
            findCycle(next, dependsOn, nodes, path, done);
        }
        path.remove(field);
        done.add(field);
    }
}
