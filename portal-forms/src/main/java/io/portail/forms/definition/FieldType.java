package io.portail.forms.definition;

import static java.util.Objects.requireNonNull;

import java.math.BigDecimal;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/**
 * The type of a field: what a resident enters and how it is checked.
 *
 * <p>Immutable and thread-safe.
 */
public sealed interface FieldType {
    /** The largest whole number a numeric field accepts: 15 digits, exact in every step. */
    long MAX_WHOLE = 999_999_999_999_999L;

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
            for (Option option : options) {
                if (option.code().equals(code)) {
                    return Optional.of(option);
                }
            }
            return Optional.empty();
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

    /**
     * A whole number, such as a number of people.
     *
     * @param min the smallest number accepted
     * @param max the largest number accepted
     */
    record IntegerNumber(long min, long max) implements FieldType {
        /**
         * Checks the type.
         *
         * @param min the smallest number accepted
         * @param max the largest number accepted, within 15 digits
         * @throws IllegalArgumentException if min is above max or a bound has over 15 digits
         */
        public IntegerNumber {
            if (min > max) {
                throw new IllegalArgumentException("An integer's min is above its max; swap them");
            }
            if (Math.abs(min) > MAX_WHOLE || Math.abs(max) > MAX_WHOLE) {
                throw new IllegalArgumentException("An integer's bounds have at most 15 digits");
            }
        }

        @Override
        public String kind() {
            return "integer";
        }

        @Override
        public Rendering rendering() {
            return new Rendering(null, "numeric", false);
        }
    }

    /**
     * A number with decimals, such as a surface in square metres.
     *
     * @param min the smallest number accepted
     * @param max the largest number accepted
     * @param scale the most digits accepted after the decimal separator, from 0 to 6
     */
    record DecimalNumber(BigDecimal min, BigDecimal max, int scale) implements FieldType {
        /** The most digits after the decimal separator, of answers and of bounds. */
        public static final int MAX_SCALE = 6;

        /**
         * Checks the type.
         *
         * @param min the smallest number accepted, within 15 digits before the decimal separator
         * @param max the largest number accepted, within 15 digits before the decimal separator
         * @param scale the most digits after the decimal separator, from 0 to 6
         * @throws IllegalArgumentException if min is above max, a bound has over 15 digits before
         *     the decimal separator or over 6 after it, or the scale is out of bounds
         */
        public DecimalNumber {
            requireNonNull(min, "min");
            requireNonNull(max, "max");
            if (min.compareTo(max) > 0) {
                throw new IllegalArgumentException("A decimal's min is above its max; swap them");
            }
            // Answers of more than 15 digits before the separator are refused as out of range
            // unread, as integers' are: a bound beyond would refuse numbers below it.
            BigDecimal limit = BigDecimal.valueOf(MAX_WHOLE + 1);
            if (min.abs().compareTo(limit) >= 0 || max.abs().compareTo(limit) >= 0) {
                throw new IllegalArgumentException(
                        "A decimal's bounds have at most 15 digits before the decimal separator");
            }
            if (scale < 0 || scale > MAX_SCALE) {
                throw new IllegalArgumentException("A decimal's scale is from 0 to 6");
            }
            if (min.stripTrailingZeros().scale() > MAX_SCALE
                    || max.stripTrailingZeros().scale() > MAX_SCALE) {
                throw new IllegalArgumentException("A decimal's bounds have at most 6 decimals");
            }
        }

        @Override
        public String kind() {
            return "decimal";
        }

        @Override
        public Rendering rendering() {
            return new Rendering(null, "decimal", false);
        }
    }

    /**
     * An amount in euros, exact to the cent (a {@code BigDecimal} of scale 2, never a double).
     *
     * <p>"12,50", "12.50", "12,5 €" and "1 234,50" are all read as 12.50.
     *
     * @param minCents the smallest amount accepted, in cents
     * @param maxCents the largest amount accepted, in cents
     */
    record Amount(long minCents, long maxCents) implements FieldType {
        /**
         * Checks the type.
         *
         * @param minCents the smallest amount accepted, in cents, 0 or more
         * @param maxCents the largest amount accepted, in cents, within 15 digits
         * @throws IllegalArgumentException if the bounds are negative, too large or swapped
         */
        public Amount {
            if (minCents < 0 || minCents > maxCents || maxCents > MAX_WHOLE) {
                throw new IllegalArgumentException(
                        "An amount's bounds are from 0 to 999999999999999 cents, min before max");
            }
        }

        @Override
        public String kind() {
            return "amount";
        }

        @Override
        public Rendering rendering() {
            return new Rendering("transaction-amount", "decimal", false);
        }
    }

    /**
     * Several options out of a list, ticked as boxes.
     *
     * <p>An answer lists the codes ticked, in any order. A code sent twice counts once, as a box
     * ticked twice is ticked: {@code min} and {@code max} count distinct options, and the answer
     * keeps them in the order of the options.
     *
     * @param options the options, in the order shown
     * @param min the fewest options to tick when the field is answered or required, 1 or more
     * @param max the most options to tick
     */
    record MultipleChoice(List<Option> options, int min, int max) implements FieldType {
        /**
         * Checks the type.
         *
         * @param options the options, in the order shown
         * @param min the fewest options to tick, 1 or more
         * @param max the most options to tick, at most the number of options
         * @throws IllegalArgumentException if there are no options, two share a code, or the bounds
         *     do not fit
         */
        public MultipleChoice {
            options = checkOptions(options);
            if (min < 1 || min > max || max > options.size()) {
                throw new IllegalArgumentException(
                        "A multiple choice ticks from min to max options: 1 <= min <= max <= "
                                + options.size()
                                + " (the number of options)");
            }
        }

        @Override
        public String kind() {
            return "multiple-choice";
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
            for (Option option : options) {
                if (option.code().equals(code)) {
                    return Optional.of(option);
                }
            }
            return Optional.empty();
        }
    }

    /**
     * A person's name, checked by {@link io.portail.forms.constraints.PersonNameRule}.
     *
     * @param part which name is asked: its autocomplete token follows
     */
    record PersonName(NamePart part) implements FieldType {
        /**
         * Checks the type.
         *
         * @param part which name is asked
         */
        public PersonName {
            requireNonNull(part, "part");
        }

        @Override
        public String kind() {
            return "person-name";
        }

        @Override
        public Rendering rendering() {
            return new Rendering(part.autocomplete(), "text", false);
        }
    }

    /**
     * A French identifier, checked by its rule in {@code io.portail.forms.constraints.fr}.
     *
     * @param identifier which identifier
     */
    record Identifier(IdentifierKind identifier) implements FieldType {
        /**
         * Checks the type.
         *
         * @param identifier which identifier
         */
        public Identifier {
            requireNonNull(identifier, "identifier");
        }

        @Override
        public String kind() {
            return identifier.kind();
        }

        @Override
        public Rendering rendering() {
            return new Rendering(null, identifier.inputMode(), false);
        }
    }

    /**
     * Files attached to the form. The answer is a description of each file ({@code name}, {@code
     * mediaType}, {@code size} in bytes), never its content: the host application stores files.
     *
     * @param mediaTypes the media types accepted, such as {@code application/pdf}
     * @param maxBytes the largest size of each file, in bytes
     * @param maxCount the most files
     */
    record Attachment(Set<String> mediaTypes, long maxBytes, int maxCount) implements FieldType {
        /** The names of the parts describing one file. */
        public static final Set<String> PARTS = Set.of("name", "mediaType", "size");

        private static final java.util.regex.Pattern MEDIA_TYPE =
                java.util.regex.Pattern.compile("[a-z]+/[a-z0-9.+-]+");

        /**
         * Checks the type.
         *
         * @param mediaTypes the media types accepted, at least one, lower case
         * @param maxBytes the largest size of each file, from 1 byte to 1 GB
         * @param maxCount the most files, from 1 to 20
         * @throws IllegalArgumentException if a bound is out of range or a media type malformed
         */
        public Attachment {
            mediaTypes = Set.copyOf(requireNonNull(mediaTypes, "mediaTypes"));
            if (mediaTypes.isEmpty()) {
                throw new IllegalArgumentException(
                        "An attachment needs at least one media type, such as application/pdf");
            }
            for (String type : mediaTypes) {
                if (!MEDIA_TYPE.matcher(type).matches()) {
                    throw new IllegalArgumentException(
                            "A media type is lower case, such as application/pdf: " + type);
                }
            }
            if (maxBytes < 1 || maxBytes > 1L << 30) {
                throw new IllegalArgumentException("An attachment's maxBytes is from 1 to 2^30");
            }
            if (maxCount < 1 || maxCount > 20) {
                throw new IllegalArgumentException("An attachment's maxCount is from 1 to 20");
            }
        }

        @Override
        public String kind() {
            return "attachment";
        }

        @Override
        public Rendering rendering() {
            return new Rendering(null, "none", true);
        }
    }

    /**
     * A point on a map, in WGS 84 degrees, such as where a pothole is.
     *
     * @param box the area the point must fall in, or null for anywhere on Earth
     */
    record GeoPoint(@Nullable BoundingBox box) implements FieldType {
        /** The names of the parts of a point answer. */
        public static final Set<String> PARTS = Set.of("lat", "lon");

        @Override
        public String kind() {
            return "geo-point";
        }

        @Override
        public Rendering rendering() {
            return new Rendering(null, "decimal", true);
        }
    }

    /** A text shown to the resident, such as a notice; it takes no answer. */
    record Display() implements FieldType {
        @Override
        public String kind() {
            return "display";
        }

        @Override
        public Rendering rendering() {
            return new Rendering(null, "none", false);
        }
    }

    /**
     * A group of fields answered several times, such as the children of a household.
     *
     * <p>The answer is a list of occurrences, each an object keyed by the ids of the group's
     * fields; violations name the occurrence from 0, such as {@code children[1].birth-date}. A
     * condition of a field of the group reads first the fields of its own occurrence, then the
     * fields of the form. An eligibility exit on a field of the group is checked for each
     * occurrence in turn, such as a canteen form ending when one child is too young. Groups do not
     * nest.
     *
     * @param fields the fields of one occurrence, in reading order
     * @param min the fewest occurrences when the group is answered or required
     * @param max the most occurrences
     */
    record Group(List<Field> fields, int min, int max) implements FieldType {
        /**
         * Checks the type.
         *
         * @param fields the fields of one occurrence, at least one, none a group
         * @param min the fewest occurrences, 0 or more
         * @param max the most occurrences, from 1 to 100
         * @throws IllegalArgumentException if the bounds do not fit or the fields are wrong
         */
        public Group {
            fields = List.copyOf(requireNonNull(fields, "fields"));
            if (fields.isEmpty()) {
                throw new IllegalArgumentException("A group needs at least one field");
            }
            if (min < 0 || max < 1 || max > 100) {
                throw new IllegalArgumentException(
                        "A group's occurrences are from min 0 or more to max 1 to 100");
            }
            if (min > max) {
                throw new IllegalArgumentException(
                        "A group's min ("
                                + min
                                + ") is above its max ("
                                + max
                                + "); lower min or raise max");
            }
            Set<String> ids = new HashSet<>();
            for (Field field : fields) {
                if (field.type() instanceof Group) {
                    throw new IllegalArgumentException(
                            "A group cannot hold another group: " + field.id());
                }
                if (!ids.add(field.id())) {
                    throw new IllegalArgumentException(
                            "Two fields of a group share the id " + field.id());
                }
            }
        }

        @Override
        public String kind() {
            return "group";
        }

        @Override
        public Rendering rendering() {
            return new Rendering(null, "none", true);
        }

        /**
         * Finds a field of the group by its id.
         *
         * @param id the id
         * @return the field, or empty
         */
        public Optional<Field> field(String id) {
            for (Field field : fields) {
                if (field.id().equals(id)) {
                    return Optional.of(field);
                }
            }
            return Optional.empty();
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
