package io.portail.forms.constraints.fr;

import static java.util.Objects.requireNonNull;

import io.portail.forms.constraints.Problem;
import io.portail.forms.constraints.RuleResult;
import io.portail.forms.constraints.TextRule;

/**
 * The numéro fiscal (numéro SPI, identifiant fiscal de référence) of a French taxpayer: 13 digits,
 * the first 0, 1, 2 or 3.
 *
 * <p>Sources: the tax identification number sheet for France published by the European Commission
 * (TIN on Europa) and the OECD (13 digits, the first always 0, 1, 2 or 3). The last 3 digits are a
 * key: the number formed by the first 10 digits, mod 511 (checked on the OECD example 30 23 217 600
 * 053: 3023217600 mod 511 = 53). The normalised value is the 13 digits without spaces. Immutable
 * and thread-safe.
 */
public final class FiscalNumberRule implements TextRule {
    /** The rule. */
    public static final FiscalNumberRule INSTANCE = new FiscalNumberRule();

    private FiscalNumberRule() {}

    @Override
    public String code() {
        return "fiscal-number";
    }

    @Override
    public RuleResult check(String input) {
        requireNonNull(input, "input");
        if (input.length() > Digits.MAX_RAW_LENGTH) {
            return RuleResult.invalid(Problem.TOO_LONG);
        }
        String number = Digits.compact(input);
        Problem shape = Digits.shapeProblem(number, 13);
        if (shape != null) {
            return RuleResult.invalid(shape);
        }
        if (number.charAt(0) > '3') {
            return RuleResult.invalid(Problem.WRONG_FORMAT);
        }
        boolean keyMatches = Long.parseLong(number.substring(10)) == key(number.substring(0, 10));
        return keyMatches ? RuleResult.valid(number) : RuleResult.invalid(Problem.WRONG_KEY);
    }

    /**
     * Computes the key of the 10 first digits of a numéro fiscal.
     *
     * @param first10 10 ASCII digits
     * @return their value mod 511, 0 to 510
     * @throws NullPointerException if {@code first10} is null
     * @throws IllegalArgumentException if {@code first10} is not 10 ASCII digits
     */
    public static int key(String first10) {
        requireNonNull(first10, "first10");
        if (first10.length() != 10 || !Digits.allDigits(first10, 0, 10)) {
            throw new IllegalArgumentException("A numéro fiscal body is 10 ASCII digits");
        }
        return (int) (Long.parseLong(first10) % 511);
    }
}
