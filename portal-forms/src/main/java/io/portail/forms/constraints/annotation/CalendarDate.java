package io.portail.forms.constraints.annotation;

import static java.lang.annotation.ElementType.ANNOTATION_TYPE;
import static java.lang.annotation.ElementType.FIELD;
import static java.lang.annotation.ElementType.METHOD;
import static java.lang.annotation.ElementType.PARAMETER;
import static java.lang.annotation.ElementType.TYPE_USE;
import static java.lang.annotation.RetentionPolicy.RUNTIME;

import io.portail.forms.internal.bv.CalendarDateTextValidator;
import io.portail.forms.internal.bv.CalendarDateValidator;
import jakarta.validation.Constraint;
import jakarta.validation.Payload;
import java.lang.annotation.Documented;
import java.lang.annotation.Retention;
import java.lang.annotation.Target;

/**
 * The value is a real calendar date with a plausible year: a {@link java.time.LocalDate}, or a text
 * typed as {@code dd/mm/yyyy} or {@code yyyy-mm-dd}.
 *
 * <p>Checked by {@link io.portail.forms.constraints.DateRule#any()}, with its messages: a year
 * before {@link io.portail.forms.constraints.DateRule#FIRST_PLAUSIBLE_YEAR}, such as {@code 0091}
 * typed for 1991, is refused, as the forms engine refuses it. A {@code LocalDate} is read as its
 * ISO text, so a year after 9999 is refused too. Add {@code @Past} or {@code @Future} for a bound
 * relative to today; null is valid.
 */
// The validators are internal; Hibernate Validator alone is allowed to read them (module-info).
@SuppressWarnings("exports")
@Documented
@Constraint(validatedBy = {CalendarDateValidator.class, CalendarDateTextValidator.class})
@Target({FIELD, METHOD, PARAMETER, ANNOTATION_TYPE, TYPE_USE})
@Retention(RUNTIME)
public @interface CalendarDate {
    /**
     * Returns the message template, replaced by the rule's own message for the problem found.
     *
     * @return the template
     */
    String message() default "Vérifiez la date";

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
