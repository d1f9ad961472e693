package io.portail.forms.internal.bv;

import io.portail.forms.constraints.annotation.Rna;
import io.portail.forms.constraints.fr.RnaRule;

/** Validates {@link Rna} with {@link RnaRule}. */
public final class RnaValidator extends RuleValidator<Rna> {
    /** Creates the validator. */
    public RnaValidator() {
        super(RnaRule.INSTANCE);
    }
}
