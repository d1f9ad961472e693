package io.portail.forms.definition;

import org.jspecify.annotations.Nullable;

/** Reads the numbers and dates that comparisons compare. Internal to the package. */
final class Bounds {
    private static final java.util.regex.Pattern DATE =
            java.util.regex.Pattern.compile("[0-9]{4}-[0-9]{2}-[0-9]{2}");
    private static final java.util.regex.Pattern NUMBER =
            java.util.regex.Pattern.compile("-?[0-9]{1,20}(\\.[0-9]{1,10})?");

    private Bounds() {}

    static @Nullable Object of(String text) {
        if (DATE.matcher(text).matches()) {
            try {
                return java.time.LocalDate.parse(text);
            } catch (java.time.format.DateTimeParseException e) {
                return null;
            }
        }
        if (NUMBER.matcher(text).matches()) {
            return new java.math.BigDecimal(text);
        }
        return null;
    }

    @SuppressWarnings("unchecked")
    static @Nullable Integer compare(String value, String bound) {
        Object left = of(value);
        Object right = of(bound);
        if (left == null || right == null || left.getClass() != right.getClass()) {
            return null;
        }
        return ((java.lang.Comparable<Object>) left).compareTo(right);
    }
}
