package io.portail.forms.internal.definition;

import org.jspecify.annotations.Nullable;

/**
 * An inconsistent form definition, with the place of the problem: the step, the field in it, the
 * field in that group, and the property (such as {@code shownWhen}), by position.
 *
 * <p>{@link io.portail.forms.definition.FormDefinition} throws it as an {@link
 * IllegalArgumentException}; readers turn the place into the path of the document they read.
 * Immutable.
 */
public final class DefinitionException extends IllegalArgumentException {
    private static final long serialVersionUID = 1L;

    /** The position of the step. */
    private final int step;

    /** The position of the field in the step, or -1 for the step itself. */
    private final int field;

    /** The position of the field in its group, or -1 for the step's field itself. */
    private final int child;

    /** The property at fault, such as {@code shownWhen}, or null for the whole step or field. */
    private final @Nullable String property;

    /**
     * Creates the exception.
     *
     * @param step the position of the step, from 0
     * @param field the position of the field in the step, or -1 for the step itself
     * @param child the position of the field in its group, or -1
     * @param property the property at fault, such as {@code shownWhen}, or null
     * @param message the problem and the fix
     */
    public DefinitionException(
            int step, int field, int child, @Nullable String property, String message) {
        super(message);
        this.step = step;
        this.field = field;
        this.child = child;
        this.property = property;
    }

    /**
     * Returns the position of the step.
     *
     * @return the position, from 0
     */
    public int step() {
        return step;
    }

    /**
     * Returns the position of the field in the step.
     *
     * @return the position, or -1 when the problem is on the step itself
     */
    public int field() {
        return field;
    }

    /**
     * Returns the position of the field in its group.
     *
     * @return the position, or -1 when the problem is not on a group's field
     */
    public int child() {
        return child;
    }

    /**
     * Returns the property at fault.
     *
     * @return such as {@code shownWhen}, or null for the whole step or field
     */
    public @Nullable String property() {
        return property;
    }
}
