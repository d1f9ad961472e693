package io.portail.forms.constraints.annotation;

import static java.lang.annotation.ElementType.FIELD;
import static java.lang.annotation.ElementType.METHOD;
import static java.lang.annotation.RetentionPolicy.RUNTIME;

import jakarta.validation.Constraint;
import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;
import jakarta.validation.Payload;
import java.lang.annotation.Retention;
import java.lang.annotation.Target;

/**
 * A careless third-party constraint for case F08: its message quotes the value typed, unescaped,
 * into the message template.
 */
@Constraint(validatedBy = QuotingStreet.Validator.class)
@Target({FIELD, METHOD})
@Retention(RUNTIME)
@interface QuotingStreet {
    String message() default "";

    Class<?>[] groups() default {};

    Class<? extends Payload>[] payload() default {};

    final class Validator implements ConstraintValidator<QuotingStreet, String> {
        @Override
        public boolean isValid(String value, ConstraintValidatorContext context) {
            if (value == null || value.chars().allMatch(Character::isLetterOrDigit)) {
                return true;
            }
            context.disableDefaultConstraintViolation();
            context.buildConstraintViolationWithTemplate("Voie refusée : " + value)
                    .addConstraintViolation();
            return false;
        }
    }
}
