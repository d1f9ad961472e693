package io.portail.core.canteen;

import static java.util.Objects.requireNonNull;

import io.portail.privacy.category.DataCategory;
import io.portail.privacy.text.LocalizedText;

/**
 * A child's individual care plan for allergies or a medical diet (projet d'accueil individualisé,
 * PAI), drawn up by the school doctor with the family (Code de l'éducation art. D351-9).
 *
 * <p>Its content is health data, a special category (GDPR art. 9(1)), in the category {@code
 * health.allergies}. It never appears in {@code toString} or in logs; the kitchen sees only that a
 * plan exists ({@link #kitchenNote()}) and reads the plan itself, kept by the school. Immutable and
 * thread-safe.
 */
public final class AllergyPlan {

    /** The data category of the plan's content. */
    public static final DataCategory CATEGORY = DataCategory.ALLERGIES;

    private static final LocalizedText KITCHEN_NOTE =
            new LocalizedText("PAI : voir le plan", "PAI: see the plan");

    private final ChildId child;
    private final String details;

    private AllergyPlan(ChildId child, String details) {
        this.child = child;
        this.details = details;
    }

    /**
     * Returns the plan of a child.
     *
     * @param child the child
     * @param details what the plan says: allergens, diet, what to do; health data
     * @return the plan
     * @throws IllegalArgumentException if the details are blank or over 4000 characters
     */
    public static AllergyPlan of(ChildId child, String details) {
        requireNonNull(child, "child");
        requireNonNull(details, "details");
        if (details.isBlank() || details.length() > 4000) {
            throw new IllegalArgumentException("A plan's details are 1 to 4000 characters");
        }
        return new AllergyPlan(child, details);
    }

    /**
     * Returns the child the plan is for.
     *
     * @return the child
     */
    public ChildId child() {
        return child;
    }

    /**
     * Returns the data category of the plan's content.
     *
     * @return {@code health.allergies}
     */
    public DataCategory category() {
        return CATEGORY;
    }

    /**
     * Returns what the plan says, for those allowed to read health data: the school doctor, the
     * staff named in the plan.
     *
     * @return the details
     */
    public String details() {
        return details;
    }

    /**
     * Returns what the kitchen reads: that a plan exists, without its content.
     *
     * @return "PAI : voir le plan"
     */
    public LocalizedText kitchenNote() {
        return KITCHEN_NOTE;
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof AllergyPlan plan
                && child.equals(plan.child)
                && details.equals(plan.details);
    }

    @Override
    public int hashCode() {
        return child.hashCode() * 31 + details.hashCode();
    }

    @Override
    public String toString() {
        return "AllergyPlan[child=" + child + ", " + CATEGORY + ": masked]";
    }
}
