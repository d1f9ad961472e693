package io.portail.forms.internal.bv;

import io.portail.forms.constraints.annotation.Siren;
import io.portail.forms.constraints.fr.SirenRule;

/** Validates {@link Siren} with {@link SirenRule}. */
public final class SirenValidator extends RuleValidator<Siren> {
    /** Creates the validator. */
    public SirenValidator() {
        super(SirenRule.INSTANCE);
    }
}
