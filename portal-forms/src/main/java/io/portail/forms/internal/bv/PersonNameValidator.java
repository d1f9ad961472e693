package io.portail.forms.internal.bv;

import io.portail.forms.constraints.PersonNameRule;
import io.portail.forms.constraints.annotation.PersonName;

/** Validates {@link PersonName} with {@link PersonNameRule}. */
public final class PersonNameValidator extends RuleValidator<PersonName> {
    /** Creates the validator. */
    public PersonNameValidator() {
        super(PersonNameRule.INSTANCE);
    }
}
