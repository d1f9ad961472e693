package io.portail.privacy.register;

import static java.util.Objects.requireNonNull;

import io.portail.privacy.category.DataCategory;
import java.util.Collection;
import java.util.Collections;
import java.util.LinkedHashSet;
import java.util.Set;

/**
 * Checks data minimisation (GDPR art. 5(1)(c)): a form may collect only categories declared for its
 * processing activity.
 */
public final class Minimisation {
    private Minimisation() {}

    /**
     * Returns the collected categories that the activity does not declare, neither itself nor
     * through a broader category.
     *
     * <p>A host runs this when it loads its catalogue: a non-empty result means a form collects
     * more than the record of processing says. It is a value, not an exception, so that every
     * undeclared category can be reported at once.
     *
     * @param activity the processing activity
     * @param collected the categories a form collects
     * @return the undeclared categories, in the order collected, without repeats; empty when the
     *     form is within its declaration
     */
    public static Set<DataCategory> check(
            ProcessingActivity activity, Collection<DataCategory> collected) {
        requireNonNull(activity, "activity");
        requireNonNull(collected, "collected");
        Set<DataCategory> undeclared = new LinkedHashSet<>();
        for (DataCategory category : collected) {
            requireNonNull(category, "category");
            if (!activity.declares(category)) {
                undeclared.add(category);
            }
        }
        return Collections.unmodifiableSet(undeclared);
    }
}
