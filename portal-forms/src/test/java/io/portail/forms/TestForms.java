package io.portail.forms;

import io.portail.forms.definition.FormDefinition;
import io.portail.forms.json.FormJson;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;

/** The test definitions and answers under src/test/resources/io/portail/forms. */
public final class TestForms {
    private TestForms() {}

    /**
     * Reads a resource of this package as text.
     *
     * @param name the file name
     * @return the text
     */
    public static String text(String name) {
        try (InputStream in = TestForms.class.getResourceAsStream(name)) {
            if (in == null) {
                throw new IllegalStateException("Missing test resource " + name);
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * Returns the school registration form, 25 fields.
     *
     * @return the form
     */
    public static FormDefinition schoolRegistration() {
        return FormJson.read("school-registration.json", text("school-registration.json"));
    }

    /**
     * Returns valid answers to the school registration form.
     *
     * @return the JSON document
     */
    public static String schoolRegistrationAnswers() {
        return text("school-registration-answers.json");
    }
}
