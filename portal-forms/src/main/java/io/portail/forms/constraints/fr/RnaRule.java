package io.portail.forms.constraints.fr;

import static java.util.Objects.requireNonNull;

import io.portail.forms.constraints.Problem;
import io.portail.forms.constraints.RuleResult;
import io.portail.forms.constraints.TextRule;

/**
 * The number of an association in the répertoire national des associations (RNA): the letter W and
 * 9 characters.
 *
 * <p>Source: arrêté du 14 octobre 2009 creating the RNA; associations.gouv.fr describes the number
 * as « W suivi de 9 chiffres ». The three characters after the W identify the prefecture's registry
 * (greffe), and registries of Corsica and overseas use a letter there (for example W2A…, W9R…):
 * this rule therefore accepts a digit or a capital letter as the second character after the W, and
 * digits elsewhere. The numbers of the older Waldec registry were renumbered into the RNA at its
 * creation (before 31 December 2009) and need no other form. The RNA number has no check digit.
 * Alsace-Moselle associations are registered by the courts and have no RNA number. The normalised
 * value is in upper case without spaces, such as {@code W751234567}. Immutable and thread-safe.
 */
public final class RnaRule implements TextRule {
    /** The rule. */
    public static final RnaRule INSTANCE = new RnaRule();

    private static final int LENGTH = 10;

    private RnaRule() {}

    @Override
    public String code() {
        return "rna";
    }

    @Override
    public RuleResult check(String input) {
        requireNonNull(input, "input");
        if (input.length() > Digits.MAX_RAW_LENGTH) {
            return RuleResult.invalid(Problem.TOO_LONG);
        }
        String rna = Digits.compact(input);
        if (rna.isEmpty()) {
            return RuleResult.invalid(Problem.MISSING);
        }
        for (int i = 0; i < rna.length(); i++) {
            char c = rna.charAt(i);
            if (!Digits.isDigit(c) && !(c >= 'A' && c <= 'Z')) {
                return RuleResult.invalid(Problem.WRONG_CHARACTERS);
            }
        }
        if (rna.length() < LENGTH) {
            return RuleResult.invalid(Problem.TOO_SHORT);
        }
        if (rna.length() > LENGTH) {
            return RuleResult.invalid(Problem.TOO_LONG);
        }
        char greffe = rna.charAt(2);
        boolean wellFormed =
                rna.charAt(0) == 'W'
                        && Digits.isDigit(rna.charAt(1))
                        && (Digits.isDigit(greffe) || (greffe >= 'A' && greffe <= 'Z'))
                        && Digits.allDigits(rna, 3, LENGTH);
        return wellFormed ? RuleResult.valid(rna) : RuleResult.invalid(Problem.WRONG_FORMAT);
    }
}
