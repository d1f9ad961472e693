package io.portail.forms.internal.validation;

import static java.util.Objects.requireNonNull;

import io.portail.forms.definition.Field;
import io.portail.forms.definition.FormDefinition;
import io.portail.forms.internal.definition.Positions;
import io.portail.forms.validation.Answers;
import io.portail.forms.validation.RawAnswer;
import org.jspecify.annotations.Nullable;

/**
 * Lets {@link io.portail.forms.json.AnswersReader} make {@link Answers} laid out by the positions
 * of a form's fields, which the validator then reads without looking each field up again. {@link
 * Answers} registers how it makes them when it is first loaded; the way is internal to the module,
 * not part of its interface.
 */
public final class AnswersAccess {
    /** Makes answers laid out by position. */
    @FunctionalInterface
    public interface Maker {
        /**
         * Makes answers laid out by position.
         *
         * @param form the form
         * @param fields its top-level fields, in reading order
         * @param positions the position of each of those fields by id
         * @param byPosition the answer to each field, null when not sent; copied
         * @return the answers
         */
        Answers make(
                FormDefinition form,
                Field[] fields,
                Positions positions,
                @Nullable RawAnswer[] byPosition);
    }

    private static volatile @Nullable Maker maker;

    private AnswersAccess() {}

    /**
     * Registers the way answers are made; {@link Answers} does it, once.
     *
     * @param way the way
     * @throws IllegalArgumentException if the way is not Answers' own
     * @throws IllegalStateException if a way is registered already
     */
    public static synchronized void register(Maker way) {
        requireNonNull(way, "way");
        // Only Answers' own way is taken: a lambda is a nestmate of the class that makes it. On
        // the class path, where this package is not closed, no one else can put another in place.
        if (way.getClass().getNestHost() != Answers.class) {
            throw new IllegalArgumentException("Only Answers registers the way to make answers");
        }
        if (maker != null) {
            throw new IllegalStateException("The way to make answers is registered already");
        }
        maker = way;
    }

    /**
     * Makes answers laid out by position.
     *
     * @param form the form
     * @param fields its top-level fields, in reading order
     * @param positions the position of each of those fields by id
     * @param byPosition the answer to each field, null when not sent; copied
     * @return the answers
     */
    public static Answers make(
            FormDefinition form,
            Field[] fields,
            Positions positions,
            @Nullable RawAnswer[] byPosition) {
        Maker way = maker;
        if (way == null) {
            // Loading Answers registers the way.
            try {
                Class.forName(Answers.class.getName(), true, Answers.class.getClassLoader());
            } catch (ClassNotFoundException e) {
                throw new IllegalStateException("Answers cannot be loaded", e);
            }
            way = maker;
            if (way == null) {
                // Answers was initialised before this class could hear of it (an image built
                // ahead of time may do so): the same answers, by id, through the public builder.
                Answers.Builder byId = Answers.builder();
                for (int i = 0; i < fields.length; i++) {
                    RawAnswer answer = byPosition[i];
                    if (answer != null) {
                        byId.put(fields[i].id(), answer);
                    }
                }
                return byId.build();
            }
        }
        return way.make(form, fields, positions, byPosition);
    }
}
