package io.portail.forms.constraints.fr;

import static java.util.Objects.requireNonNull;

import io.portail.forms.constraints.Problem;
import io.portail.forms.constraints.RuleResult;
import io.portail.forms.constraints.TextRule;

/**
 * A French postal code: 5 digits, kept as text (leading zeros matter: 01400).
 *
 * <p>Source: La Poste, code postal à 5 chiffres (since 1972). Whether the code exists, and serves
 * the commune the resident chose, is the geography's business ({@code
 * io.portail.forms.geo.fr.FrenchGeography}); this rule checks the form only, so that CEDEX codes
 * pass. Immutable and thread-safe.
 *
 * <p>A code beginning with {@code 00} is refused as {@link Problem#WRONG_FORMAT}: the first 2
 * digits of a postal code are the number of the department served, 01 to 95 in mainland France and
 * Corsica (20), 97 and 98 overseas and in Monaco (La Poste, code postal à 5 chiffres, 1972), and no
 * department is numbered 00. Other first digits with no department, such as 96, are left to the
 * geography.
 */
public final class PostalCodeRule implements TextRule {
    /** The rule. */
    public static final PostalCodeRule INSTANCE = new PostalCodeRule();

    private PostalCodeRule() {}

    @Override
    public String code() {
        return "postal-code";
    }

    @Override
    public RuleResult check(String input) {
        requireNonNull(input, "input");
        if (input.length() > Digits.MAX_RAW_LENGTH) {
            return RuleResult.invalid(Problem.TOO_LONG);
        }
        String code = Digits.compact(input);
        Problem shape = Digits.shapeProblem(code, 5);
        if (shape != null) {
            return RuleResult.invalid(shape);
        }
        return code.startsWith("00")
                ? RuleResult.invalid(Problem.WRONG_FORMAT)
                : RuleResult.valid(code);
    }
}
