package io.portail.forms.validation;

import io.portail.forms.constraints.Problem;
import io.portail.forms.definition.Field;
import io.portail.forms.definition.FieldType;
import io.portail.privacy.text.LocalizedText;
import io.portail.privacy.text.Template;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.ResourceBundle;
import org.jspecify.annotations.Nullable;

/**
 * The form engine's messages, from the bundles {@code io/portail/forms/validation/Messages}.
 *
 * <p>Besides the form's own messages, the bundles may word a rule's message for forms, naming the
 * field, under {@code rule.<rule code>.<problem code>} ({@link #ofRule}): two fields checked by the
 * same rule, such as a family name and given names, then say which one is wrong.
 *
 * <p>Placeholders are replaced literally, never interpreted: a message only ever holds texts of the
 * form definition and numbers, never what a resident typed (case F08).
 */
final class FormMessages {
    private static final String BUNDLE = "io.portail.forms.validation.Messages";
    private static final ResourceBundle.Control NO_FALLBACK =
            ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES);
    private static final ResourceBundle FR =
            ResourceBundle.getBundle(BUNDLE, Locale.ROOT, NO_FALLBACK);
    private static final ResourceBundle EN =
            ResourceBundle.getBundle(BUNDLE, Locale.ENGLISH, NO_FALLBACK);

    private FormMessages() {}

    static LocalizedText of(String key, Field field, Map<String, String> values) {
        return of(key, field, values, values);
    }

    static LocalizedText of(
            String key, Field field, Map<String, String> fr, Map<String, String> en) {
        return new LocalizedText(
                format(FR.getString(key), field.name().fr(), exampleFr(field), fr),
                format(EN.getString(key), field.name().en(), exampleEn(field), en));
    }

    /**
     * Returns a rule's message as the form words it, naming the field: the bundles' key {@code
     * rule.<rule code>.<problem code>}, such as {@code rule.person-name.wrong-characters}.
     *
     * @return the message, or null when the bundles have no such key and the rule's own message
     *     ({@link io.portail.forms.constraints.RuleMessages}) is to be shown
     */
    static @Nullable LocalizedText ofRule(String ruleCode, Problem problem, Field field) {
        String key = "rule." + ruleCode + "." + problem.code();
        return FR.containsKey(key) ? of(key, field) : null;
    }

    /** Returns a plain text of the bundles, such as a label of the summary. */
    static LocalizedText text(String key) {
        return new LocalizedText(FR.getString(key), EN.getString(key));
    }

    static LocalizedText of(String key, Field field) {
        return of(key, field, Map.of());
    }

    private static String exampleFr(Field field) {
        return field.example() != null ? field.example().fr() : FR.getString(exampleKey(field));
    }

    private static String exampleEn(Field field) {
        return field.example() != null ? field.example().en() : EN.getString(exampleKey(field));
    }

    /** The example given when the definition has none, by field type. */
    private static String exampleKey(Field field) {
        FieldType type = field.type();
        if (type instanceof FieldType.IntegerNumber) {
            return "example.integer";
        } else if (type instanceof FieldType.DecimalNumber) {
            return "example.decimal";
        } else if (type instanceof FieldType.Amount) {
            return "example.amount";
        }
        return "example.date";
    }

    private static String format(
            String template, String name, String example, Map<String, String> values) {
        Map<String, String> all = new HashMap<>(values);
        all.put("Name", capitalise(name));
        all.put("name", name);
        all.put("example", example);
        return Template.fill(template, all);
    }

    private static String capitalise(String text) {
        if (text.isEmpty()) {
            return text;
        }
        int first = text.codePointAt(0);
        return new StringBuilder()
                .appendCodePoint(Character.toUpperCase(first))
                .append(text.substring(Character.charCount(first)))
                .toString();
    }
}
