package io.portail.forms.internal.bv;

import io.portail.forms.constraints.DateRule;
import io.portail.forms.constraints.annotation.CalendarDate;
import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;
import java.time.LocalDate;
import java.util.Locale;
import org.jspecify.annotations.Nullable;

/**
 * Validates {@link CalendarDate} on a {@link LocalDate} with {@link DateRule#any()}, reading the
 * date as its ISO text, so that a typed record and a form defined as data share one rule.
 */
public final class CalendarDateValidator
        implements ConstraintValidator<CalendarDate, LocalDate>, Localised {
    private final CalendarDateTextValidator text = new CalendarDateTextValidator();

    /** Creates the validator. */
    public CalendarDateValidator() {}

    @Override
    public void useLocale(Locale locale) {
        text.useLocale(locale);
    }

    @Override
    public boolean isValid(@Nullable LocalDate value, ConstraintValidatorContext context) {
        return value == null || text.isValid(value.toString(), context);
    }
}
