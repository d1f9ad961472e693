package io.portail.forms.internal.bv;

import static java.util.Objects.requireNonNull;

import io.portail.forms.constraints.RuleMessages;
import io.portail.forms.constraints.RuleResult;
import io.portail.forms.constraints.TextRule;
import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;
import java.lang.annotation.Annotation;
import java.util.Locale;
import org.hibernate.validator.constraintvalidation.HibernateConstraintValidatorContext;
import org.jspecify.annotations.Nullable;

/**
 * Validates a character sequence with a {@link TextRule}, and reports the rule's own message for
 * the problem found.
 *
 * <p>The default violation is replaced by one whose template is the message, escaped so that no
 * interpolator reads anything in it as a parameter or an expression. The {@link
 * io.portail.forms.constraints.Problem} is attached as the Hibernate Validator dynamic payload.
 * Null is valid, as Bean Validation expects ({@code @NotNull} says whether a value is required).
 * The locale of the messages is French unless {@link io.portail.forms.constraints.Validators} chose
 * another.
 *
 * @param <A> the constraint annotation
 */
public abstract class RuleValidator<A extends Annotation>
        implements ConstraintValidator<A, CharSequence>, Localised {
    private final TextRule rule;
    private volatile Locale locale = Locale.FRENCH;

    /**
     * Creates a validator.
     *
     * @param rule the rule to apply
     */
    protected RuleValidator(TextRule rule) {
        this.rule = requireNonNull(rule, "rule");
    }

    /**
     * Chooses the language of the messages.
     *
     * @param locale the resident's locale
     */
    @Override
    public final void useLocale(Locale locale) {
        this.locale = requireNonNull(locale, "locale");
    }

    @Override
    public final boolean isValid(@Nullable CharSequence value, ConstraintValidatorContext context) {
        if (value == null) {
            return true;
        }
        RuleResult result = rule.check(value.toString());
        if (!(result instanceof RuleResult.Invalid invalid)) {
            return true;
        }
        String message = RuleMessages.message(rule.code(), invalid.problem(), locale);
        context.disableDefaultConstraintViolation();
        if (context instanceof HibernateConstraintValidatorContext hibernate) {
            hibernate.withDynamicPayload(invalid.problem());
        }
        context.buildConstraintViolationWithTemplate(escape(message)).addConstraintViolation();
        return false;
    }

    /** Escapes the characters that a message interpolator reads: backslash, braces, dollar. */
    static String escape(String message) {
        StringBuilder out = new StringBuilder(message.length() + 8);
        for (int i = 0; i < message.length(); i++) {
            char c = message.charAt(i);
            if (c == '\\' || c == '{' || c == '}' || c == '$') {
                out.append('\\');
            }
            out.append(c);
        }
        return out.toString();
    }
}
