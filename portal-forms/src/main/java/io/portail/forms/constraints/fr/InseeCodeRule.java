package io.portail.forms.constraints.fr;

import static java.util.Objects.requireNonNull;

import io.portail.forms.constraints.Problem;
import io.portail.forms.constraints.RuleResult;
import io.portail.forms.constraints.TextRule;
import io.portail.forms.geo.fr.FrenchGeography;
import java.util.function.Supplier;
import org.jspecify.annotations.Nullable;

/**
 * The INSEE code of a commune (code officiel géographique), checked for its form and, by default,
 * for its existence in the 2026 geography.
 *
 * <p>Form (INSEE, Code officiel géographique): 5 characters, the department then the commune's
 * number in it: 2 digits and 3 digits in metropolitan France (01 to 95, not 20 since Corsica became
 * 2A and 2B in 1976), {@code 2A} or {@code 2B} and 3 digits in Corsica, 3 digits ({@code 971} to
 * {@code 989}) and 2 digits overseas. The municipal arrondissements of Paris ({@code 75101} to
 * {@code 75120}), Lyon ({@code 69381} to {@code 69389}) and Marseille ({@code 13201} to {@code
 * 13216}) have codes of the same form. It is not the postal code (Saint-Barthélemy: INSEE 97701,
 * postal code 97133).
 *
 * <p>{@link #INSTANCE} also requires the code to exist in {@link FrenchGeography} (current,
 * delegated or associated communes and municipal arrondissements; codes of communes merged away
 * without a delegated commune are {@link Problem#UNKNOWN}); {@link #FORM_ONLY} checks the form
 * alone. The normalised value is upper case: {@code 2A004}. Immutable and thread-safe.
 */
public final class InseeCodeRule implements TextRule {
    /** Form and existence in the 2026 geography. */
    public static final InseeCodeRule INSTANCE = new InseeCodeRule(FrenchGeography::load);

    /** Form only. */
    public static final InseeCodeRule FORM_ONLY = new InseeCodeRule(null);

    private final @Nullable Supplier<FrenchGeography> geography;

    private InseeCodeRule(@Nullable Supplier<FrenchGeography> geography) {
        this.geography = geography;
    }

    @Override
    public String code() {
        return "insee-code";
    }

    @Override
    public RuleResult check(String input) {
        requireNonNull(input, "input");
        if (input.length() > Digits.MAX_RAW_LENGTH) {
            return RuleResult.invalid(Problem.TOO_LONG);
        }
        String code = Digits.compact(input);
        Problem problem = formProblem(code);
        if (problem != null) {
            return RuleResult.invalid(problem);
        }
        if (geography != null && geography.get().commune(code).isEmpty()) {
            return RuleResult.invalid(Problem.UNKNOWN);
        }
        return RuleResult.valid(code);
    }

    private static @Nullable Problem formProblem(String code) {
        if (code.isEmpty()) {
            return Problem.MISSING;
        }
        for (int i = 0; i < code.length(); i++) {
            char c = code.charAt(i);
            if (!Digits.isDigit(c) && c != 'A' && c != 'B') {
                return Problem.WRONG_CHARACTERS;
            }
        }
        if (code.length() < 5) {
            return Problem.TOO_SHORT;
        }
        if (code.length() > 5) {
            return Problem.TOO_LONG;
        }
        if (code.startsWith("2A") || code.startsWith("2B")) {
            return Digits.allDigits(code, 2, 5) ? null : Problem.WRONG_FORMAT;
        }
        if (!Digits.allDigits(code, 0, 5)) {
            return Problem.WRONG_FORMAT;
        }
        int department = Integer.parseInt(code.substring(0, 2));
        boolean metropolitan = department >= 1 && department <= 95 && department != 20;
        boolean overseas = department == 97 || department == 98;
        return metropolitan || overseas ? null : Problem.WRONG_FORMAT;
    }
}
