package io.portail.forms.constraints;

import static java.util.Objects.requireNonNull;

/**
 * The Luhn check (ISO/IEC 7812-1, annex B), used by SIREN and SIRET numbers.
 *
 * <p>It detects every single-digit error and every swap of two adjacent digits except 09 and 90.
 * Stateless and thread-safe.
 */
public final class Luhn {
    private Luhn() {}

    /**
     * Tells whether a string of ASCII digits ends with a correct Luhn check digit.
     *
     * @param digits ASCII digits, the check digit last
     * @return true when the weighted sum is a multiple of 10; false when empty or when a character
     *     is not an ASCII digit
     * @throws NullPointerException if {@code digits} is null
     */
    public static boolean isValid(CharSequence digits) {
        requireNonNull(digits, "digits");
        if (digits.length() == 0) {
            return false;
        }
        int sum = 0;
        boolean doubled = false;
        for (int i = digits.length() - 1; i >= 0; i--) {
            int d = digits.charAt(i) - '0';
            if (d < 0 || d > 9) {
                return false;
            }
            if (doubled) {
                d *= 2;
                if (d > 9) {
                    d -= 9;
                }
            }
            sum += d;
            doubled = !doubled;
        }
        return sum % 10 == 0;
    }

    /**
     * Computes the check digit to append to a string of ASCII digits.
     *
     * @param payload ASCII digits without their check digit
     * @return the digit 0 to 9 that makes {@code payload + digit} valid
     * @throws NullPointerException if {@code payload} is null
     * @throws IllegalArgumentException if {@code payload} holds a character that is not an ASCII
     *     digit
     */
    public static int checkDigit(CharSequence payload) {
        requireNonNull(payload, "payload");
        int sum = 0;
        boolean doubled = true;
        for (int i = payload.length() - 1; i >= 0; i--) {
            int d = payload.charAt(i) - '0';
            if (d < 0 || d > 9) {
                throw new IllegalArgumentException("Luhn payload must be ASCII digits");
            }
            if (doubled) {
                d *= 2;
                if (d > 9) {
                    d -= 9;
                }
            }
            sum += d;
            doubled = !doubled;
        }
        return (10 - sum % 10) % 10;
    }
}
