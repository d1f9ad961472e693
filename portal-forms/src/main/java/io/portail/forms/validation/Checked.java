package io.portail.forms.validation;

import io.portail.forms.definition.Field;
import io.portail.privacy.text.LocalizedText;
import org.jspecify.annotations.Nullable;

/** The outcome of checking one answer: an answer, a violation, or nothing answered. */
record Checked(@Nullable Answer answer, @Nullable Violation violation) {
    static final Checked EMPTY = new Checked(null, null);

    boolean isEmpty() {
        return answer == null && violation == null;
    }

    static Checked ok(Field field, Object value, String text, LocalizedText display) {
        return new Checked(new Answer(field, value, text, display), null);
    }

    static Checked fail(Field field, String path, String code, LocalizedText message) {
        return new Checked(null, new Violation(path, code, message));
    }

    static Checked fail(Field field, String code) {
        return fail(field, field.id(), code, FormMessages.of(code, field));
    }
}
