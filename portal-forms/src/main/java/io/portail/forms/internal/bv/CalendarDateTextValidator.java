package io.portail.forms.internal.bv;

import io.portail.forms.constraints.DateRule;
import io.portail.forms.constraints.annotation.CalendarDate;

/** Validates {@link CalendarDate} on a text with {@link DateRule#any()}. */
public final class CalendarDateTextValidator extends RuleValidator<CalendarDate> {
    /** Creates the validator. */
    public CalendarDateTextValidator() {
        super(DateRule.any());
    }
}
