package io.portail.forms.constraints.fr;

import static java.util.Objects.requireNonNull;

import io.portail.forms.constraints.Luhn;
import io.portail.forms.constraints.Problem;
import io.portail.forms.constraints.RuleResult;
import io.portail.forms.constraints.TextRule;

/**
 * The SIREN number of a French company or association: 9 digits, the last a Luhn check digit.
 *
 * <p>Source: INSEE, répertoire Sirene (article R123-221 of the Code de commerce); the check digit
 * follows the Luhn formula. The normalised value is the 9 digits without spaces. Immutable and
 * thread-safe.
 */
public final class SirenRule implements TextRule {
    /** The rule. */
    public static final SirenRule INSTANCE = new SirenRule();

    private SirenRule() {}

    @Override
    public String code() {
        return "siren";
    }

    @Override
    public RuleResult check(String input) {
        requireNonNull(input, "input");
        if (input.length() > Digits.MAX_RAW_LENGTH) {
            return RuleResult.invalid(Problem.TOO_LONG);
        }
        String siren = Digits.compact(input);
        Problem shape = Digits.shapeProblem(siren, 9);
        if (shape != null) {
            return RuleResult.invalid(shape);
        }
        return Luhn.isValid(siren)
                ? RuleResult.valid(siren)
                : RuleResult.invalid(Problem.WRONG_KEY);
    }
}
