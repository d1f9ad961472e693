package io.portail.forms.internal.bv;

import io.portail.forms.constraints.annotation.Siret;
import io.portail.forms.constraints.fr.SiretRule;

/** Validates {@link Siret} with {@link SiretRule}. */
public final class SiretValidator extends RuleValidator<Siret> {
    /** Creates the validator. */
    public SiretValidator() {
        super(SiretRule.INSTANCE);
    }
}
