package io.portail.forms.internal.bv;

import io.portail.forms.constraints.annotation.FrenchPhone;
import io.portail.forms.constraints.fr.FrenchPhoneRule;

/** Validates {@link FrenchPhone} with {@link FrenchPhoneRule}. */
public final class FrenchPhoneValidator extends RuleValidator<FrenchPhone> {
    /** Creates the validator. */
    public FrenchPhoneValidator() {
        super(FrenchPhoneRule.INSTANCE);
    }
}
