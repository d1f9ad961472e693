package io.portail.forms.definition;

import static java.util.Objects.requireNonNull;

import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * The type of a field: what a resident enters and how it is checked.
 *
 * <p>Immutable and thread-safe.
 */
public sealed interface FieldType {
    /**
     * Returns the name of the type in the JSON format, such as {@code short-text}.
     *
     * @return the name
     */
    String kind();

    /**
     * Returns how a renderer draws the field unless the field says otherwise.
     *
     * @return the default rendering
     */
    Rendering rendering();

    /**
     * A line of text, such as a name or a town.
     *
     * @param maxLength the most characters accepted, after normalisation
     */
    record ShortText(int maxLength) implements FieldType {
        /**
         * Checks the type.
         *
         * @param maxLength the most characters accepted, from 1 to 1000
         * @throws IllegalArgumentException if the length is out of bounds
         */
        public ShortText {
            if (maxLength < 1 || maxLength > 1000) {
                throw new IllegalArgumentException("A short text holds 1 to 1000 characters");
            }
        }

        @Override
        public String kind() {
            return "short-text";
        }

        @Override
        public Rendering rendering() {
            return new Rendering(null, "text", false);
        }
    }

    /**
     * Several lines of text, such as a description.
     *
     * @param maxLength the most characters accepted, after normalisation
     */
    record LongText(int maxLength) implements FieldType {
        /**
         * Checks the type.
         *
         * @param maxLength the most characters accepted, from 1 to 20000
         * @throws IllegalArgumentException if the length is out of bounds
         */
        public LongText {
            if (maxLength < 1 || maxLength > 20_000) {
                throw new IllegalArgumentException("A long text holds 1 to 20000 characters");
            }
        }

        @Override
        public String kind() {
            return "long-text";
        }

        @Override
        public Rendering rendering() {
            return new Rendering(null, "text", false);
        }
    }

    /**
     * A calendar date, entered as day, month and year.
     *
     * @param range which dates are accepted
     */
    record DateField(DateRange range) implements FieldType {
        /**
         * Checks the type.
         *
         * @param range which dates are accepted
         */
        public DateField {
            requireNonNull(range, "range");
        }

        @Override
        public String kind() {
            return "date";
        }

        @Override
        public Rendering rendering() {
            return new Rendering(null, "numeric", true);
        }
    }

    /** A yes or no question. */
    record YesNo() implements FieldType {
        @Override
        public String kind() {
            return "yes-no";
        }

        @Override
        public Rendering rendering() {
            return new Rendering(null, "text", true);
        }
    }

    /**
     * One option out of several.
     *
     * @param options the options, in the order shown
     */
    record SingleChoice(List<Option> options) implements FieldType {
        /**
         * Checks the type.
         *
         * @param options the options, in the order shown
         * @throws IllegalArgumentException if there are no options or two share a code
         */
        public SingleChoice {
            options = checkOptions(options);
        }

        @Override
        public String kind() {
            return "single-choice";
        }

        @Override
        public Rendering rendering() {
            return new Rendering(null, "text", true);
        }

        /**
         * Finds an option by its code.
         *
         * @param code the code
         * @return the option, or empty
         */
        public Optional<Option> option(String code) {
            return options.stream().filter(o -> o.code().equals(code)).findFirst();
        }
    }

    /** An email address, where the commune can write to the resident. */
    record Email() implements FieldType {
        @Override
        public String kind() {
            return "email";
        }

        @Override
        public Rendering rendering() {
            return new Rendering("email", "email", false);
        }
    }

    /** A phone number, French or overseas, or international with its country code. */
    record Phone() implements FieldType {
        @Override
        public String kind() {
            return "phone";
        }

        @Override
        public Rendering rendering() {
            return new Rendering("tel", "tel", false);
        }
    }

    /**
     * A postal address in France: number, street, complement, postal code and commune (its INSEE
     * code, chosen among the communes of the postal code).
     */
    record Address() implements FieldType {
        /** The names of the parts of an address answer. */
        public static final Set<String> PARTS =
                Set.of("number", "street", "complement", "postalCode", "commune");

        @Override
        public String kind() {
            return "postal-address";
        }

        @Override
        public Rendering rendering() {
            return new Rendering("street-address", "text", true);
        }
    }

    private static List<Option> checkOptions(List<Option> options) {
        List<Option> copy = List.copyOf(requireNonNull(options, "options"));
        if (copy.isEmpty()) {
            throw new IllegalArgumentException("A choice needs at least one option");
        }
        Set<String> codes = new HashSet<>();
        for (Option option : copy) {
            if (!codes.add(option.code())) {
                throw new IllegalArgumentException("Two options share the code " + option.code());
            }
        }
        return copy;
    }
}
