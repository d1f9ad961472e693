package io.portail.forms.internal.bv;

import io.portail.forms.constraints.annotation.PostalCode;
import io.portail.forms.constraints.fr.PostalCodeRule;

/** Validates {@link PostalCode} with {@link PostalCodeRule}. */
public final class PostalCodeValidator extends RuleValidator<PostalCode> {
    /** Creates the validator. */
    public PostalCodeValidator() {
        super(PostalCodeRule.INSTANCE);
    }
}
