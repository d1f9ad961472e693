package io.portail.privacy.category;

import static java.util.Objects.requireNonNull;

import io.portail.privacy.text.LocalizedText;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * A taxonomy of data categories, each with a label and a sensitivity; {@link #builtIn()} holds the
 * categories a commune's portal needs.
 *
 * <p>A category not defined here takes the definition of its nearest defined ancestor: {@code
 * health.allergies.peanut} is a special category because {@code health} is. Sensitive categories
 * ({@code health}, {@code nir}, {@code offences}) sit at the top of the tree on purpose, so that
 * declaring a broad ordinary category such as {@code identity} never covers them by accident.
 * Immutable and thread-safe.
 */
public final class Taxonomy {
    private static final Taxonomy BUILT_IN = new Taxonomy(builtInDefinitions());

    private final Map<DataCategory, CategoryDefinition> definitions;

    private Taxonomy(Map<DataCategory, CategoryDefinition> definitions) {
        this.definitions = Collections.unmodifiableMap(new LinkedHashMap<>(definitions));
    }

    /**
     * Returns the built-in taxonomy.
     *
     * @return the taxonomy
     */
    public static Taxonomy builtIn() {
        return BUILT_IN;
    }

    /**
     * Returns a copy of this taxonomy with a category added or redefined.
     *
     * @param definition the definition
     * @return the new taxonomy
     */
    public Taxonomy with(CategoryDefinition definition) {
        requireNonNull(definition, "definition");
        Map<DataCategory, CategoryDefinition> copy = new LinkedHashMap<>(definitions);
        copy.put(definition.category(), definition);
        return new Taxonomy(copy);
    }

    /**
     * Returns the definitions, in the taxonomy's order.
     *
     * @return the definitions
     */
    public List<CategoryDefinition> definitions() {
        return List.copyOf(definitions.values());
    }

    /**
     * Returns the definition of the category or of its nearest defined ancestor.
     *
     * @param category the category
     * @return the definition, or empty if neither the category nor an ancestor is defined
     */
    public Optional<CategoryDefinition> definition(DataCategory category) {
        requireNonNull(category, "category");
        String id = category.id();
        while (true) {
            CategoryDefinition found = definitions.get(new DataCategory(id));
            if (found != null) {
                return Optional.of(found);
            }
            int dot = id.lastIndexOf('.');
            if (dot < 0) {
                return Optional.empty();
            }
            id = id.substring(0, dot);
        }
    }

    /**
     * Returns the sensitivity of a category; an unknown category is ordinary.
     *
     * @param category the category
     * @return the sensitivity
     */
    public Sensitivity sensitivityOf(DataCategory category) {
        return definition(category)
                .map(CategoryDefinition::sensitivity)
                .orElse(Sensitivity.ORDINARY);
    }

    /**
     * Returns the label of a category, or its identifier if neither it nor an ancestor is defined.
     *
     * @param category the category
     * @return the label
     */
    public LocalizedText label(DataCategory category) {
        requireNonNull(category, "category");
        CategoryDefinition exact = definitions.get(category);
        if (exact != null) {
            return exact.label();
        }
        return definition(category)
                .map(CategoryDefinition::label)
                .orElse(LocalizedText.same(category.id()));
    }

    private static Map<DataCategory, CategoryDefinition> builtInDefinitions() {
        Map<DataCategory, CategoryDefinition> map = new LinkedHashMap<>();
        Sensitivity ordinary = Sensitivity.ORDINARY;
        put(map, "identity", "identité", "identity", ordinary);
        put(map, "identity.name", "nom et prénoms", "names", ordinary);
        put(
                map,
                "identity.birth",
                "date et lieu de naissance",
                "date and place of birth",
                ordinary);
        put(map, "identity.sex", "sexe", "sex", ordinary);
        put(map, "identity.document", "pièce d'identité", "identity document", ordinary);
        put(map, "identity.photo", "photographie", "photograph", ordinary);
        put(map, "contact", "coordonnées", "contact details", ordinary);
        put(map, "contact.address", "adresse postale", "postal address", ordinary);
        put(map, "contact.email", "adresse e-mail", "email address", ordinary);
        put(map, "contact.phone", "numéro de téléphone", "phone number", ordinary);
        put(
                map,
                "civil-status",
                "état civil (actes de naissance, de mariage et de décès)",
                "civil status (birth, marriage and death records)",
                ordinary);
        put(map, "family", "situation familiale", "family situation", ordinary);
        put(map, "family.household", "composition du foyer", "household members", ordinary);
        put(map, "family.parental-authority", "autorité parentale", "parental authority", ordinary);
        put(map, "minors", "informations sur l'enfant", "information about the child", ordinary);
        put(map, "minors.schooling", "scolarité de l'enfant", "the child's schooling", ordinary);
        put(map, "nir", "numéro de sécurité sociale", "social security number", Sensitivity.NIR);
        put(map, "financial", "données financières", "financial data", ordinary);
        put(map, "financial.iban", "coordonnées bancaires (IBAN)", "bank details (IBAN)", ordinary);
        put(map, "financial.quotient-familial", "quotient familial", "family quotient", ordinary);
        put(map, "financial.income", "revenus du foyer", "household income", ordinary);
        put(map, "financial.payment", "paiements et factures", "payments and invoices", ordinary);
        Sensitivity special = Sensitivity.SPECIAL_CATEGORY;
        put(map, "health", "santé", "health", special);
        put(
                map,
                "health.allergies",
                "allergies et régime alimentaire médical",
                "allergies and medical diet",
                special);
        put(map, "health.disability", "handicap", "disability", special);
        put(map, "location", "localisation", "location", ordinary);
        put(map, "location.geolocation", "position géographique", "geographic position", ordinary);
        put(
                map,
                "connection-logs",
                "journaux de connexion (adresse IP, date et heure)",
                "connection logs (IP address, date and time)",
                ordinary);
        put(
                map,
                "appointment",
                "rendez-vous (date, heure, motif)",
                "appointments (date, time, reason)",
                ordinary);
        put(
                map,
                "report",
                "signalement (description et photos)",
                "report (description and photos)",
                ordinary);
        put(
                map,
                "preferences",
                "préférences de communication",
                "communication preferences",
                ordinary);
        put(
                map,
                "offences",
                "infractions et condamnations",
                "offences and convictions",
                Sensitivity.OFFENCES);
        return map;
    }

    private static void put(
            Map<DataCategory, CategoryDefinition> map,
            String id,
            String fr,
            String en,
            Sensitivity sensitivity) {
        DataCategory category = DataCategory.of(id);
        map.put(category, new CategoryDefinition(category, new LocalizedText(fr, en), sensitivity));
    }
}
