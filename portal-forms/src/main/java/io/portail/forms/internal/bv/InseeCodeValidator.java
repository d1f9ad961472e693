package io.portail.forms.internal.bv;

import io.portail.forms.constraints.annotation.InseeCode;
import io.portail.forms.constraints.fr.InseeCodeRule;

/** Validates {@link InseeCode} with {@link InseeCodeRule}. */
public final class InseeCodeValidator extends RuleValidator<InseeCode> {
    /** Creates the validator. */
    public InseeCodeValidator() {
        super(InseeCodeRule.INSTANCE);
    }
}
