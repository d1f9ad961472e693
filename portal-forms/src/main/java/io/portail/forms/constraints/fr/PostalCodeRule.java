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
 * <p>A code beginning with {@code 00} passes too: the first 2 digits of a postal code are mostly
 * the department's number, but La Poste also gives codes beginning 00 to the armed forces' postal
 * sectors, with the locality « ARMÉES » (such as {@code 00850 ARMÉES}), which belong to no commune.
 * The geography refuses them for an address in a commune.
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
        return shape == null ? RuleResult.valid(code) : RuleResult.invalid(shape);
    }
}
