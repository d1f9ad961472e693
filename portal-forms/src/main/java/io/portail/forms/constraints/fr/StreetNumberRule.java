package io.portail.forms.constraints.fr;

import static java.util.Objects.requireNonNull;

import io.portail.forms.constraints.Problem;
import io.portail.forms.constraints.RuleResult;
import io.portail.forms.constraints.TextRule;
import io.portail.forms.value.Text;
import java.util.Locale;
import java.util.Set;

/**
 * The number of a building in its street, as French addresses write it: 1 to 4 digits, optionally
 * followed by a repetition index ({@code bis}, {@code ter}, {@code quater}, {@code quinquies}) or a
 * letter.
 *
 * <p>Source: the Base adresse nationale format (numéro and suffixe of the address) and AFNOR NF
 * Z10-011. The normalised value separates the suffix by one space, words in lower case and a letter
 * in upper case: {@code 12bis} → {@code 12 bis}, {@code 3 b} → {@code 3 B}. Immutable and
 * thread-safe.
 */
public final class StreetNumberRule implements TextRule {
    /** The rule. */
    public static final StreetNumberRule INSTANCE = new StreetNumberRule();

    private static final Set<String> INDEXES = Set.of("bis", "ter", "quater", "quinquies");

    private StreetNumberRule() {}

    @Override
    public String code() {
        return "street-number";
    }

    @Override
    public RuleResult check(String input) {
        requireNonNull(input, "input");
        if (input.length() > Digits.MAX_RAW_LENGTH) {
            return RuleResult.invalid(Problem.TOO_LONG);
        }
        String number = Text.compact(input);
        if (number.isEmpty()) {
            return RuleResult.invalid(Problem.MISSING);
        }
        int digits = 0;
        while (digits < number.length() && Digits.isDigit(number.charAt(digits))) {
            digits++;
        }
        if (digits == 0) {
            return RuleResult.invalid(Problem.WRONG_FORMAT);
        }
        if (digits > 4) {
            return RuleResult.invalid(Problem.TOO_LONG);
        }
        String head = number.substring(0, digits);
        String suffix = number.substring(digits).toLowerCase(Locale.ROOT);
        if (suffix.isEmpty()) {
            return RuleResult.valid(head);
        }
        if (INDEXES.contains(suffix)) {
            return RuleResult.valid(head + " " + suffix);
        }
        if (suffix.length() == 1 && suffix.charAt(0) >= 'a' && suffix.charAt(0) <= 'z') {
            return RuleResult.valid(head + " " + suffix.toUpperCase(Locale.ROOT));
        }
        return RuleResult.invalid(suffix.length() > 9 ? Problem.TOO_LONG : Problem.WRONG_FORMAT);
    }
}
