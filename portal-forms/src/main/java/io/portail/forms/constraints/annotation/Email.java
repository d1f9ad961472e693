package io.portail.forms.constraints.annotation;

import static java.lang.annotation.ElementType.ANNOTATION_TYPE;
import static java.lang.annotation.ElementType.FIELD;
import static java.lang.annotation.ElementType.METHOD;
import static java.lang.annotation.ElementType.PARAMETER;
import static java.lang.annotation.ElementType.TYPE_USE;
import static java.lang.annotation.RetentionPolicy.RUNTIME;

import io.portail.forms.internal.bv.EmailValidator;
import jakarta.validation.Constraint;
import jakarta.validation.Payload;
import java.lang.annotation.Documented;
import java.lang.annotation.Retention;
import java.lang.annotation.Target;

/**
 * The value is an email address reachable on the internet.
 *
 * <p>Checked by {@link io.portail.forms.constraints.EmailRule}, with its messages; null is valid.
 */
// The validator is internal; Hibernate Validator alone is allowed to read it (module-info).
@SuppressWarnings("exports")
@Documented
@Constraint(validatedBy = EmailValidator.class)
@Target({FIELD, METHOD, PARAMETER, ANNOTATION_TYPE, TYPE_USE})
@Retention(RUNTIME)
public @interface Email {
    /**
     * Returns the message template, replaced by the rule's own message for the problem found.
     *
     * @return the template
     */
    String message() default "Vérifiez l’adresse e-mail";

    /**
     * Returns the validation groups.
     *
     * @return the groups
     */
    Class<?>[] groups() default {};

    /**
     * Returns the payload.
     *
     * @return the payload
     */
    Class<? extends Payload>[] payload() default {};
}
