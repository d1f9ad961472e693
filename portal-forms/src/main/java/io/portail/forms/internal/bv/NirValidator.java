package io.portail.forms.internal.bv;

import io.portail.forms.constraints.annotation.Nir;
import io.portail.forms.constraints.fr.NirRule;

/** Validates {@link Nir} with {@link NirRule}. */
public final class NirValidator extends RuleValidator<Nir> {
    /** Creates the validator. */
    public NirValidator() {
        super(NirRule.INSTANCE);
    }
}
