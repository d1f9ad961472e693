package io.portail.forms.constraints.fr;

import static java.util.Objects.requireNonNull;

import io.portail.forms.constraints.Problem;
import io.portail.forms.constraints.RuleResult;
import io.portail.forms.constraints.TextRule;

/**
 * The number of an online pre-application (pré-demande) for a passport or identity card, given by
 * the ANTS (Agence nationale des titres sécurisés) at the end of its form.
 *
 * <p>Source: the ANTS appointment interconnection (searchApplicationIds, status by {@code
 * application_ids}) as documented for the approved appointment systems: a number of 10 alphanumeric
 * characters. The ANTS publishes no check digit, so none is checked; letters are upper-cased, and
 * spaces and hyphens typed between groups are removed. The normalised value is the 10 characters,
 * such as {@code 1A2B3C4D5E}. Immutable and thread-safe.
 */
public final class AntsPreDemandeRule implements TextRule {
    /** The rule. */
    public static final AntsPreDemandeRule INSTANCE = new AntsPreDemandeRule();

    private static final int LENGTH = 10;

    private AntsPreDemandeRule() {}

    @Override
    public String code() {
        return "ants-pre-demande";
    }

    @Override
    public RuleResult check(String input) {
        requireNonNull(input, "input");
        if (input.length() > Digits.MAX_RAW_LENGTH) {
            return RuleResult.invalid(Problem.TOO_LONG);
        }
        String number = Digits.compact(input);
        if (number.isEmpty()) {
            return RuleResult.invalid(Problem.MISSING);
        }
        for (int i = 0; i < number.length(); i++) {
            char c = number.charAt(i);
            if (!Digits.isDigit(c) && !(c >= 'A' && c <= 'Z')) {
                return RuleResult.invalid(Problem.WRONG_CHARACTERS);
            }
        }
        if (number.length() < LENGTH) {
            return RuleResult.invalid(Problem.TOO_SHORT);
        }
        if (number.length() > LENGTH) {
            return RuleResult.invalid(Problem.TOO_LONG);
        }
        return RuleResult.valid(number);
    }
}
