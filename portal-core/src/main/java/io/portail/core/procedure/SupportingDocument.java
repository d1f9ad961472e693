package io.portail.core.procedure;

import static java.util.Objects.requireNonNull;

import io.portail.core.internal.Ids;
import io.portail.forms.definition.Condition;
import io.portail.forms.validation.NormalisedAnswers;
import io.portail.privacy.text.LocalizedText;
import java.time.LocalDate;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;

/**
 * A supporting document (pièce justificative) a procedure asks for, always or under a condition on
 * the answers.
 *
 * <p>Immutable and thread-safe.
 *
 * @param code a stable code, lower-case words joined by hyphens, such as {@code proof-of-address}
 * @param label what to provide, as the resident reads it
 * @param when the condition on the answers under which it is asked, or null if always
 */
public record SupportingDocument(String code, LocalizedText label, @Nullable Condition when) {
    private static final Pattern CODE = Pattern.compile("[a-z][a-z0-9]*(-[a-z0-9]+)*");

    /**
     * Checks the document.
     *
     * @param code the stable code
     * @param label what to provide
     * @param when the condition, or null
     * @throws IllegalArgumentException if the code is malformed
     */
    public SupportingDocument {
        requireNonNull(code, "code");
        requireNonNull(label, "label");
        if (!CODE.matcher(code).matches()) {
            throw new IllegalArgumentException(
                    "A document code is lower-case words joined by hyphens: " + Ids.shown(code));
        }
    }

    /**
     * Tells whether the document is asked for, given the answers and the day they are judged on.
     *
     * @param answers the checked answers
     * @param today the day, in the commune's zone, that a condition such as {@code today-P3Y} reads
     * @return true if there is no condition or it holds
     */
    public boolean isAskedFor(NormalisedAnswers answers, LocalDate today) {
        requireNonNull(answers, "answers");
        requireNonNull(today, "today");
        return when == null || when.test(id -> answers.text(id).orElse(null), today);
    }

    /**
     * Tells whether the document is asked for, given the answers, for a condition that does not
     * read the day.
     *
     * @param answers the checked answers
     * @return true if there is no condition or it holds
     * @throws IllegalStateException if the condition compares a date with today: use {@link
     *     #isAskedFor(NormalisedAnswers, LocalDate)}
     */
    public boolean isAskedFor(NormalisedAnswers answers) {
        requireNonNull(answers, "answers");
        return when == null || when.test(id -> answers.text(id).orElse(null));
    }
}
