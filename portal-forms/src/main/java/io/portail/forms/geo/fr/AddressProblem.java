package io.portail.forms.geo.fr;

import static java.util.Objects.requireNonNull;

import io.portail.forms.constraints.Problem;
import io.portail.forms.constraints.RuleMessages;
import java.util.Locale;

/**
 * A problem found in one part of a postal address.
 *
 * @param part the part concerned
 * @param ruleCode the code of the rule that found it, to look up its message
 * @param problem what is wrong
 */
public record AddressProblem(AddressPart part, String ruleCode, Problem problem) {
    /**
     * Creates a problem.
     *
     * @param part the part concerned
     * @param ruleCode the code of the rule that found it
     * @param problem what is wrong
     * @throws NullPointerException if an argument is null
     */
    public AddressProblem {
        requireNonNull(part, "part");
        requireNonNull(ruleCode, "ruleCode");
        requireNonNull(problem, "problem");
    }

    /**
     * Returns the resident-facing message.
     *
     * @param locale the resident's locale
     * @return the message from {@link RuleMessages}
     * @throws NullPointerException if {@code locale} is null
     */
    public String message(Locale locale) {
        return RuleMessages.message(ruleCode, problem, locale);
    }
}
