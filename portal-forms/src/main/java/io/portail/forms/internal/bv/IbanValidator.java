package io.portail.forms.internal.bv;

import io.portail.forms.constraints.annotation.Iban;
import io.portail.forms.constraints.fr.FrenchIbanRule;

/** Validates {@link Iban} with {@link FrenchIbanRule}. */
public final class IbanValidator extends RuleValidator<Iban> {
    /** Creates the validator. */
    public IbanValidator() {
        super(FrenchIbanRule.INSTANCE);
    }
}
