package io.portail.forms.validation;

import io.portail.forms.definition.Field;
import io.portail.privacy.text.LocalizedText;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * The outcome of checking one answer: an answer, violations, or nothing answered.
 *
 * <p>A plain field has at most one violation; a group has at most one per field of each occurrence,
 * or one for the group as a whole.
 */
record Checked(@Nullable Answer answer, List<Violation> violations) {
    static final Checked EMPTY = new Checked(null, List.of());

    boolean isEmpty() {
        return answer == null && violations.isEmpty();
    }

    static Checked ok(Field field, Object value, String text, LocalizedText display) {
        return new Checked(new Answer(field, value, text, display), List.of());
    }

    static Checked fail(Field field, String path, String code, LocalizedText message) {
        return new Checked(null, List.of(new Violation(path, code, message)));
    }

    static Checked fail(Field field, String code) {
        return fail(field, field.id(), code, FormMessages.of(code, field));
    }

    static Checked fail(Field field, String code, java.util.Map<String, String> values) {
        return fail(field, field.id(), code, FormMessages.of(code, field, values));
    }
}
