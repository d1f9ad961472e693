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
 *
 * <p>{@code 000 000 000} passes the Luhn check but is refused as {@link Problem#WRONG_KEY}: INSEE
 * gives the first 8 digits as a sequence number that carries no meaning (Sirene, décret 73-314 of
 * 14 March 1973) and no company holds the number zero. No INSEE text found says so in as many
 * words: this is the library's choice, made because an all-zero number is what people type to get
 * past a field, and its message ("a digit seems wrong; check it on an invoice") fits it.
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
        return Luhn.isValid(siren) && !isZero(siren, 9)
                ? RuleResult.valid(siren)
                : RuleResult.invalid(Problem.WRONG_KEY);
    }

    /**
     * Tells whether the first {@code length} digits are all zeros: a SIREN no company holds (see
     * the class note).
     */
    static boolean isZero(String digits, int length) {
        for (int i = 0; i < length; i++) {
            if (digits.charAt(i) != '0') {
                return false;
            }
        }
        return true;
    }
}
