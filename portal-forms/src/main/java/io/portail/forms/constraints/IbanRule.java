package io.portail.forms.constraints;

import static java.util.Objects.requireNonNull;

import io.portail.forms.value.Text;
import java.util.Map;
import java.util.Set;

/**
 * An international bank account number (IBAN), checked by its length for the country and its ISO
 * 7064 MOD 97-10 check digits.
 *
 * <p>Source: ISO 13616-1:2020 and the IBAN registry kept by SWIFT for the lengths; the check digits
 * make the number, rearranged (the 4 first characters moved to the end, letters read as 10 to 35),
 * equal to 1 mod 97. The countries accepted are those of the SEPA schemes (EPC409-09, list of
 * countries of the SEPA schemes' geographical scope): the 27 EU states, Iceland, Liechtenstein,
 * Norway, Switzerland, the United Kingdom, Monaco, San Marino, Andorra, Vatican, Gibraltar, and the
 * countries admitted in 2024 and 2025: Albania, Montenegro, Moldova, North Macedonia and Serbia
 * (whose banks join the schemes from May 2026). Another country gives {@link Problem#UNKNOWN}.
 * French overseas departments and collectivities use FR numbers; Jersey, Guernsey and the Isle of
 * Man use GB numbers.
 *
 * <p>The normalised value is the electronic form: upper case, no spaces (ISO 13616-1 §5.2). The
 * check digits catch every single-character error and every swap of two adjacent digits that stay
 * adjacent once rearranged. Immutable and thread-safe.
 */
public final class IbanRule implements TextRule {
    /** The rule. */
    public static final IbanRule INSTANCE = new IbanRule();

    private static final int MAX_RAW_LENGTH = 80;

    /** IBAN length by country, from the SWIFT IBAN registry. */
    private static final Map<String, Integer> LENGTHS =
            Map.ofEntries(
                    Map.entry("AD", 24),
                    Map.entry("AL", 28),
                    Map.entry("AT", 20),
                    Map.entry("BE", 16),
                    Map.entry("BG", 22),
                    Map.entry("CH", 21),
                    Map.entry("CY", 28),
                    Map.entry("CZ", 24),
                    Map.entry("DE", 22),
                    Map.entry("DK", 18),
                    Map.entry("EE", 20),
                    Map.entry("ES", 24),
                    Map.entry("FI", 18),
                    Map.entry("FR", 27),
                    Map.entry("GB", 22),
                    Map.entry("GI", 23),
                    Map.entry("GR", 27),
                    Map.entry("HR", 21),
                    Map.entry("HU", 28),
                    Map.entry("IE", 22),
                    Map.entry("IS", 26),
                    Map.entry("IT", 27),
                    Map.entry("LI", 21),
                    Map.entry("LT", 20),
                    Map.entry("LU", 20),
                    Map.entry("LV", 21),
                    Map.entry("MC", 27),
                    Map.entry("MD", 24),
                    Map.entry("ME", 22),
                    Map.entry("MK", 19),
                    Map.entry("MT", 31),
                    Map.entry("NL", 18),
                    Map.entry("NO", 15),
                    Map.entry("PL", 28),
                    Map.entry("PT", 25),
                    Map.entry("RO", 24),
                    Map.entry("RS", 22),
                    Map.entry("SE", 24),
                    Map.entry("SI", 19),
                    Map.entry("SK", 24),
                    Map.entry("SM", 27),
                    Map.entry("VA", 22));

    private IbanRule() {}

    /**
     * Returns the countries accepted, by ISO 3166-1 alpha-2 code.
     *
     * @return the country codes, unmodifiable
     */
    public static Set<String> countries() {
        return LENGTHS.keySet();
    }

    /**
     * Returns the IBAN length of a country.
     *
     * @param country an ISO 3166-1 alpha-2 code in upper case
     * @return the length, or 0 if the country is not accepted
     * @throws NullPointerException if {@code country} is null
     */
    public static int length(String country) {
        requireNonNull(country, "country");
        return LENGTHS.getOrDefault(country, 0);
    }

    @Override
    public String code() {
        return "iban";
    }

    @Override
    public RuleResult check(String input) {
        requireNonNull(input, "input");
        if (input.length() > MAX_RAW_LENGTH) {
            return RuleResult.invalid(Problem.TOO_LONG);
        }
        String iban = compact(input);
        if (iban.isEmpty()) {
            return RuleResult.invalid(Problem.MISSING);
        }
        for (int i = 0; i < iban.length(); i++) {
            char c = iban.charAt(i);
            if (!isDigit(c) && !isLetter(c)) {
                return RuleResult.invalid(Problem.WRONG_CHARACTERS);
            }
        }
        if (iban.length() < 4
                || !isLetter(iban.charAt(0))
                || !isLetter(iban.charAt(1))
                || !isDigit(iban.charAt(2))
                || !isDigit(iban.charAt(3))) {
            return RuleResult.invalid(iban.length() < 4 ? Problem.TOO_SHORT : Problem.WRONG_FORMAT);
        }
        int expected = length(iban.substring(0, 2));
        if (expected == 0) {
            return RuleResult.invalid(Problem.UNKNOWN);
        }
        if (iban.length() < expected) {
            return RuleResult.invalid(Problem.TOO_SHORT);
        }
        if (iban.length() > expected) {
            return RuleResult.invalid(Problem.TOO_LONG);
        }
        return mod97(iban) == 1 ? RuleResult.valid(iban) : RuleResult.invalid(Problem.WRONG_KEY);
    }

    /**
     * Computes the ISO 7064 MOD 97-10 remainder of an IBAN: its 4 first characters moved to the
     * end, each letter read as the number 10 (A) to 35 (Z).
     *
     * @param iban ASCII digits and capital letters, at least 4 characters
     * @return the remainder, 0 to 96; 1 for a correct IBAN
     * @throws NullPointerException if {@code iban} is null
     * @throws IllegalArgumentException if a character is neither an ASCII digit nor a capital
     *     letter, or if there are fewer than 4
     */
    public static int mod97(String iban) {
        requireNonNull(iban, "iban");
        if (iban.length() < 4) {
            throw new IllegalArgumentException("An IBAN has at least 4 characters");
        }
        int remainder = 0;
        int n = iban.length();
        for (int k = 0; k < n; k++) {
            char c = iban.charAt((k + 4) % n);
            if (isDigit(c)) {
                remainder = (remainder * 10 + (c - '0')) % 97;
            } else if (isLetter(c)) {
                remainder = (remainder * 100 + (c - 'A' + 10)) % 97;
            } else {
                throw new IllegalArgumentException("An IBAN holds ASCII digits and capitals");
            }
        }
        return remainder;
    }

    /**
     * Normalises an IBAN as typed: {@link Text#normalise(String)}, spaces and hyphens removed,
     * letters in upper case.
     */
    static String compact(String input) {
        String normalised = Text.normalise(input);
        StringBuilder out = new StringBuilder(normalised.length());
        for (int i = 0; i < normalised.length(); i++) {
            char c = normalised.charAt(i);
            if (c == ' ' || c == '-') {
                continue;
            }
            out.append(c >= 'a' && c <= 'z' ? (char) (c - 'a' + 'A') : c);
        }
        return out.toString();
    }

    private static boolean isDigit(char c) {
        return c >= '0' && c <= '9';
    }

    private static boolean isLetter(char c) {
        return c >= 'A' && c <= 'Z';
    }
}
