package io.portail.forms.definition;

import static java.util.Objects.requireNonNull;

import io.portail.privacy.text.LocalizedText;

/**
 * An eligibility exit: when its condition holds, the form ends early with a plain explanation.
 *
 * <p>For example, a school registration form for children living in the commune ends when the
 * resident answers that the family lives elsewhere, and says where to turn instead. Immutable.
 *
 * @param when the condition that ends the form
 * @param message why the resident cannot go on and what they can do, in French and English
 */
public record Exit(Condition when, LocalizedText message) {
    /**
     * Checks the exit.
     *
     * @param when the condition that ends the form
     * @param message the explanation a resident reads
     */
    public Exit {
        requireNonNull(when, "when");
        requireNonNull(message, "message");
    }
}
