package io.portail.forms.constraints.fr;

import static java.util.Objects.requireNonNull;

import io.portail.forms.constraints.IbanRule;
import io.portail.forms.constraints.Problem;
import io.portail.forms.constraints.RuleResult;
import io.portail.forms.constraints.TextRule;

/**
 * An IBAN checked as {@link IbanRule} does and, for French and Monegasque accounts, also by the key
 * of the RIB (relevé d'identité bancaire) it contains.
 *
 * <p>A French BBAN is the RIB: bank code (5 digits), branch code (5 digits), account number (11
 * digits or capitals) and RIB key (2 digits). Source: the RIB key rule of the Comité français
 * d'organisation et de normalisation bancaires (CFONB): letters of the account number are read as
 * digits (A, J → 1; B, K, S → 2; … I, R, Z → 9), then key = 97 − ((89 × bank + 15 × branch + 3 ×
 * account) mod 97). Monaco (MC) uses the same layout. The rule's code is {@code iban}, the messages
 * are those of {@link IbanRule}. Immutable and thread-safe.
 */
public final class FrenchIbanRule implements TextRule {
    /** The rule. */
    public static final FrenchIbanRule INSTANCE = new FrenchIbanRule();

    private FrenchIbanRule() {}

    @Override
    public String code() {
        return "iban";
    }

    @Override
    public RuleResult check(String input) {
        RuleResult result = IbanRule.INSTANCE.check(requireNonNull(input, "input"));
        if (!(result instanceof RuleResult.Valid valid)) {
            return result;
        }
        String iban = valid.normalised();
        if (!iban.startsWith("FR") && !iban.startsWith("MC")) {
            return result;
        }
        String rib = iban.substring(4);
        if (!Digits.allDigits(rib, 0, 10) || !Digits.allDigits(rib, 21, 23)) {
            return RuleResult.invalid(Problem.WRONG_FORMAT);
        }
        int key = Integer.parseInt(rib.substring(21, 23));
        return key == ribKey(rib.substring(0, 5), rib.substring(5, 10), rib.substring(10, 21))
                ? result
                : RuleResult.invalid(Problem.WRONG_KEY);
    }

    /**
     * Computes the key of a French RIB.
     *
     * @param bank the bank code, 5 digits
     * @param branch the branch code (code guichet), 5 digits
     * @param account the account number, 11 digits or capital letters
     * @return the key, 1 to 97
     * @throws NullPointerException if an argument is null
     * @throws IllegalArgumentException if an argument is not of that form
     */
    public static int ribKey(String bank, String branch, String account) {
        requireNonNull(bank, "bank");
        requireNonNull(branch, "branch");
        requireNonNull(account, "account");
        if (bank.length() != 5
                || branch.length() != 5
                || account.length() != 11
                || !Digits.allDigits(bank, 0, 5)
                || !Digits.allDigits(branch, 0, 5)) {
            throw new IllegalArgumentException("A RIB is 5 + 5 digits and 11 characters");
        }
        long accountValue = 0;
        for (int i = 0; i < 11; i++) {
            accountValue = accountValue * 10 + ribDigit(account.charAt(i));
        }
        long sum = 89L * Long.parseLong(bank) + 15L * Long.parseLong(branch) + 3L * accountValue;
        return (int) (97 - sum % 97);
    }

    /** CFONB reading of a letter in an account number: A-I → 1-9, J-R → 1-9, S-Z → 2-9. */
    private static int ribDigit(char c) {
        if (Digits.isDigit(c)) {
            return c - '0';
        }
        if (c >= 'A' && c <= 'I') {
            return c - 'A' + 1;
        }
        if (c >= 'J' && c <= 'R') {
            return c - 'J' + 1;
        }
        if (c >= 'S' && c <= 'Z') {
            return c - 'S' + 2;
        }
        throw new IllegalArgumentException("A RIB account number is digits or capitals");
    }
}
