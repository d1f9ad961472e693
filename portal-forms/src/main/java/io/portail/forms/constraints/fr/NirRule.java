package io.portail.forms.constraints.fr;

import static java.util.Objects.requireNonNull;

import io.portail.forms.constraints.Problem;
import io.portail.forms.constraints.RuleResult;
import io.portail.forms.constraints.TextRule;
import org.jspecify.annotations.Nullable;

/**
 * The French social security number (NIR, numéro d'inscription au répertoire national
 * d'identification des personnes physiques), 13 characters and a 2-digit key.
 *
 * <p>Layout, as published by INSEE (répertoire national d'identification des personnes physiques,
 * décret n° 82-103 du 22 janvier 1982):
 *
 * <pre>
 *  s  yy  mm  dd  ccc  ooo  kk      (15 characters once spaces are removed)
 *  s    sex: 1 or 2; 7 or 8 for a temporary number (NIA, see below)
 *  yy   year of birth
 *  mm   month of birth: 01 to 12, or 20, 30 to 42, 50 to 99 when it is unknown (INSEE)
 *  dd   department of birth: 01 to 99, 2A or 2B (Corsica, births from 1976);
 *       97 or 98 followed by a third digit taken from ccc (overseas departments 971 to 976,
 *       overseas collectivities 98x), 99 for a birth abroad (ccc is then the INSEE country
 *       code) (cases F02, F03)
 *  ccc  commune (or country) of birth
 *  ooo  order number
 *  kk   key = 97 - (the 13 first characters as a number, mod 97), 2A read as 19 and 2B as 18
 * </pre>
 *
 * <p>Choices made here, each in favour of not refusing a real number:
 *
 * <ul>
 *   <li>Temporary numbers (NIA, numéro d'identification d'attente, given by the CNAV while a person
 *       born abroad is being registered) start with 7 or 8 and carry a key computed the same way;
 *       they are accepted, since a resident may hold nothing else yet.
 *   <li>The department is not checked against today's geography: old codes are right in a NIR (20
 *       for Corsica before 1976, 91 to 94 for Algeria before 1962, 97 and 98 series). 00 is
 *       refused.
 *   <li>Commune and order numbers are checked as digits only; the key catches typing errors.
 * </ul>
 *
 * <p>The normalised value is the 15 characters, without spaces, letters in upper case, the Corsican
 * letter kept (F03): {@code 253072B07300470}. Immutable and thread-safe.
 */
public final class NirRule implements TextRule {
    /** The rule. */
    public static final NirRule INSTANCE = new NirRule();

    private static final int LENGTH = 15;

    private NirRule() {}

    @Override
    public String code() {
        return "nir";
    }

    @Override
    public RuleResult check(String input) {
        requireNonNull(input, "input");
        if (input.length() > Digits.MAX_RAW_LENGTH) {
            return RuleResult.invalid(Problem.TOO_LONG);
        }
        String nir = Digits.compact(input);
        Problem problem = problem(nir);
        return problem == null ? RuleResult.valid(nir) : RuleResult.invalid(problem);
    }

    private static @Nullable Problem problem(String nir) {
        if (nir.isEmpty()) {
            return Problem.MISSING;
        }
        for (int i = 0; i < nir.length(); i++) {
            char c = nir.charAt(i);
            if (!Digits.isDigit(c) && c != 'A' && c != 'B') {
                return Problem.WRONG_CHARACTERS;
            }
        }
        if (nir.length() < LENGTH) {
            return Problem.TOO_SHORT;
        }
        if (nir.length() > LENGTH) {
            return Problem.TOO_LONG;
        }
        boolean corsica = nir.charAt(5) == '2' && (nir.charAt(6) == 'A' || nir.charAt(6) == 'B');
        if (!corsica && !Digits.allDigits(nir, 0, LENGTH)) {
            return Problem.WRONG_FORMAT;
        }
        if (!Digits.allDigits(nir, 0, 6) || !Digits.allDigits(nir, 7, LENGTH)) {
            return Problem.WRONG_FORMAT;
        }
        char sex = nir.charAt(0);
        if (sex != '1' && sex != '2' && sex != '7' && sex != '8') {
            return Problem.WRONG_FORMAT;
        }
        if (!isMonth(Integer.parseInt(nir.substring(3, 5)))) {
            return Problem.WRONG_FORMAT;
        }
        if (nir.startsWith("00", 5)) {
            return Problem.WRONG_FORMAT;
        }
        int key = Integer.parseInt(nir.substring(13, 15));
        return key == key(nir.substring(0, 13)) ? null : Problem.WRONG_KEY;
    }

    /** Months of birth: 01-12, and 20, 30-42, 50-99 which INSEE uses when it is unknown. */
    private static boolean isMonth(int month) {
        return (month >= 1 && month <= 12)
                || month == 20
                || (month >= 30 && month <= 42)
                || month >= 50;
    }

    /**
     * Computes the key of the 13 first characters of a NIR: 97 minus their value mod 97, with 2A
     * read as 19 and 2B as 18 (INSEE rule for Corsica).
     *
     * @param first13 13 characters: ASCII digits, with 2A or 2B allowed at positions 6 and 7
     * @return the key, 1 to 97
     * @throws NullPointerException if {@code first13} is null
     * @throws IllegalArgumentException if {@code first13} is not of that form
     */
    public static int key(String first13) {
        requireNonNull(first13, "first13");
        if (first13.length() != 13) {
            throw new IllegalArgumentException("A NIR body has 13 characters");
        }
        String digits = first13;
        if (first13.startsWith("2A", 5)) {
            digits = first13.substring(0, 5) + "19" + first13.substring(7);
        } else if (first13.startsWith("2B", 5)) {
            digits = first13.substring(0, 5) + "18" + first13.substring(7);
        }
        if (!Digits.allDigits(digits, 0, 13)) {
            throw new IllegalArgumentException("A NIR body is made of digits, 2A or 2B");
        }
        return (int) (97 - Long.parseLong(digits) % 97);
    }
}
