package io.portail.forms.internal.bv;

import io.portail.forms.constraints.AddressLineRule;
import io.portail.forms.constraints.annotation.Street;

/** Validates {@link Street} with {@link AddressLineRule}. */
public final class StreetValidator extends RuleValidator<Street> {
    /** Creates the validator. */
    public StreetValidator() {
        super(AddressLineRule.STREET);
    }
}
