package io.portail.forms.internal.bv;

import io.portail.forms.constraints.annotation.AntsPreDemande;
import io.portail.forms.constraints.fr.AntsPreDemandeRule;

/** Validates {@link AntsPreDemande} with {@link AntsPreDemandeRule}. */
public final class AntsPreDemandeValidator extends RuleValidator<AntsPreDemande> {
    /** Creates the validator. */
    public AntsPreDemandeValidator() {
        super(AntsPreDemandeRule.INSTANCE);
    }
}
