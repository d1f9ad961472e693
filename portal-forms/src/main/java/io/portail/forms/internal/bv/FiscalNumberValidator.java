package io.portail.forms.internal.bv;

import io.portail.forms.constraints.annotation.FiscalNumber;
import io.portail.forms.constraints.fr.FiscalNumberRule;

/** Validates {@link FiscalNumber} with {@link FiscalNumberRule}. */
public final class FiscalNumberValidator extends RuleValidator<FiscalNumber> {
    /** Creates the validator. */
    public FiscalNumberValidator() {
        super(FiscalNumberRule.INSTANCE);
    }
}
