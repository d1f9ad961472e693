package io.portail.forms.internal.bv;

import io.portail.forms.constraints.EmailRule;
import io.portail.forms.constraints.annotation.Email;

/** Validates {@link Email} with {@link EmailRule}. */
public final class EmailValidator extends RuleValidator<Email> {
    /** Creates the validator. */
    public EmailValidator() {
        super(EmailRule.INSTANCE);
    }
}
