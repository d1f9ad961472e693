package io.portail.core.canteen;

import static java.util.Objects.requireNonNull;

import io.portail.privacy.text.LocalizedText;
import java.time.LocalDate;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * What the kitchen sees for a day: the meals to serve, and which children have an allergy plan,
 * without its content. Immutable and thread-safe.
 *
 * @param day the day
 * @param entries one entry per meal to serve, by child identifier
 */
public record KitchenSheet(LocalDate day, List<Entry> entries) {

    /**
     * One meal to serve.
     *
     * @param child the child
     * @param note "PAI : voir le plan" when the child has an allergy plan, otherwise null
     */
    public record Entry(ChildId child, @Nullable LocalizedText note) {
        /**
         * Checks the child.
         *
         * @param child the child
         * @param note the note, or null
         */
        public Entry {
            requireNonNull(child, "child");
        }
    }

    /**
     * Checks and copies the parts.
     *
     * @param day the day
     * @param entries the entries
     */
    public KitchenSheet {
        requireNonNull(day, "day");
        entries = List.copyOf(entries);
    }

    /**
     * Returns the number of meals to serve.
     *
     * @return the number of entries
     */
    public int meals() {
        return entries.size();
    }
}
