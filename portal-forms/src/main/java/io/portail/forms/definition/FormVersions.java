package io.portail.forms.definition;

import static java.util.Objects.requireNonNull;

import io.portail.forms.internal.definition.Ids;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.NavigableMap;
import java.util.Optional;
import java.util.TreeMap;

/**
 * The versions of forms in use, by id and version, so that answers are validated against the
 * version they were started on.
 *
 * <p>A request started on version 1 keeps being checked against version 1 after version 2 is
 * published. Immutable and thread-safe.
 */
public final class FormVersions {
    private final Map<String, NavigableMap<Integer, FormDefinition>> forms;

    private FormVersions(Map<String, NavigableMap<Integer, FormDefinition>> forms) {
        this.forms = forms;
    }

    /**
     * Holds the given definitions.
     *
     * @param definitions the definitions, several versions of a form allowed
     * @return the registry
     * @throws IllegalArgumentException if two definitions share an id and a version
     */
    public static FormVersions of(Collection<FormDefinition> definitions) {
        requireNonNull(definitions, "definitions");
        Map<String, NavigableMap<Integer, FormDefinition>> forms = new HashMap<>();
        for (FormDefinition form : definitions) {
            requireNonNull(form, "definition");
            var versions = forms.computeIfAbsent(form.id(), id -> new TreeMap<>());
            if (versions.put(form.version(), form) != null) {
                throw new IllegalArgumentException(
                        "Form "
                                + form.id()
                                + " version "
                                + form.version()
                                + " is given twice; give each version a new number");
            }
        }
        Map<String, NavigableMap<Integer, FormDefinition>> frozen = new HashMap<>();
        forms.forEach((id, versions) -> frozen.put(id, new TreeMap<>(versions)));
        return new FormVersions(Map.copyOf(frozen));
    }

    /**
     * Returns one version of a form.
     *
     * @param id the form id
     * @param version the version the answers were started on
     * @return the definition
     * @throws IllegalArgumentException if no form has the id, which the message shows only if it is
     *     a plain name (its length otherwise: an id taken from a request may hold what a resident
     *     typed), or naming the known versions if the form has no such version
     */
    public FormDefinition get(String id, int version) {
        requireNonNull(id, "id");
        NavigableMap<Integer, FormDefinition> versions = forms.get(id);
        if (versions == null) {
            throw new IllegalArgumentException("No form has the id " + Ids.shown(id));
        }
        FormDefinition form = versions.get(version);
        if (form == null) {
            // The id is that of a form held, as its definition spells it (as "is given twice"
            // shows it): it is no one's input, and shown as it is.
            throw new IllegalArgumentException(
                    "Form "
                            + id
                            + " has no version "
                            + version
                            + "; known versions: "
                            + String.join(
                                    ", ",
                                    versions.keySet().stream().map(String::valueOf).toList()));
        }
        return form;
    }

    /**
     * Finds one version of a form.
     *
     * @param id the form id
     * @param version the version
     * @return the definition, or empty
     */
    public Optional<FormDefinition> find(String id, int version) {
        requireNonNull(id, "id");
        NavigableMap<Integer, FormDefinition> versions = forms.get(id);
        return versions == null ? Optional.empty() : Optional.ofNullable(versions.get(version));
    }

    /**
     * Returns the latest version of a form, for new requests.
     *
     * @param id the form id
     * @return the definition with the highest version
     * @throws IllegalArgumentException if no form has the id, which the message shows only if it is
     *     a plain name
     */
    public FormDefinition latest(String id) {
        requireNonNull(id, "id");
        NavigableMap<Integer, FormDefinition> versions = forms.get(id);
        if (versions == null) {
            throw new IllegalArgumentException("No form has the id " + Ids.shown(id));
        }
        return versions.lastEntry().getValue();
    }

    /**
     * Returns the versions held of a form, in increasing order.
     *
     * @param id the form id
     * @return the versions, empty if no form has the id
     */
    public List<Integer> versions(String id) {
        requireNonNull(id, "id");
        NavigableMap<Integer, FormDefinition> versions = forms.get(id);
        return versions == null ? List.of() : new ArrayList<>(versions.keySet());
    }
}
