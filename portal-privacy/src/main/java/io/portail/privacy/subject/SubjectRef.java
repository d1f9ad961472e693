package io.portail.privacy.subject;

import static java.util.Objects.requireNonNull;

import java.util.regex.Pattern;

/**
 * An opaque reference to a data subject: the host's identifier for a person, never a name, an email
 * or any value that identifies them by itself.
 *
 * <p>The reference holds 1 to 64 characters among ASCII letters, digits and {@code . _ : -}, so
 * that it fits in logs and ledgers without escaping; a UUID or a database key fits. Immutable and
 * thread-safe.
 *
 * @param value the reference
 */
public record SubjectRef(String value) {
    private static final Pattern VALUE = Pattern.compile("[A-Za-z0-9._:-]{1,64}");

    /** A French phone number: ten digits from 0, the second not 0 (ARCEP plan). */
    private static final Pattern PHONE = Pattern.compile("0[1-9][0-9]{8}");

    /** A NIR without its key: sex 1 or 2, year, month 01 to 12, then eight digits. */
    private static final Pattern NIR_WITHOUT_KEY =
            Pattern.compile("[12][0-9]{2}(0[1-9]|1[0-2])[0-9]{8}");

    /** An IBAN as written without spaces: country, check digits, then the account. */
    private static final Pattern IBAN = Pattern.compile("[A-Z]{2}[0-9]{2}[A-Z0-9]{10,30}");

    /**
     * Checks the reference.
     *
     * @param value the reference
     * @throws IllegalArgumentException if it is empty, longer than 64 characters, holds a character
     *     other than ASCII letters, digits and {@code . _ : -} (an email, for instance), or has the
     *     shape of a NIR, a phone number or an IBAN
     */
    public SubjectRef {
        requireNonNull(value, "value");
        if (!VALUE.matcher(value).matches()) {
            throw new IllegalArgumentException(
                    "A subject reference is an opaque id of 1 to 64 letters, digits or . _ : -");
        }
        if (looksPersonal(value)) {
            throw new IllegalArgumentException(
                    "A subject reference is an opaque id, not a number that identifies a person"
                            + " (a NIR, a phone number, an IBAN)");
        }
    }

    /**
     * Returns the reference with this value.
     *
     * @param value the reference
     * @return the reference
     * @throws IllegalArgumentException if the value is not an opaque id
     */
    public static SubjectRef of(String value) {
        return new SubjectRef(value);
    }

    /**
     * Tells a value that identifies a person by itself: a NIR (13 digits, or 15 with a valid key:
     * 97 minus the number modulo 97, INSEE's rule for the numéro d'inscription au répertoire,
     * décret 82-103), a French phone number (ARCEP plan), or an IBAN whose check digits hold (ISO
     * 13616-1: the number, its first four characters moved to the end, is 1 modulo 97). The full
     * rules, Corsica's 2A and 2B included, are in portal-forms; these shapes are enough to refuse
     * an id.
     */
    private static boolean looksPersonal(String value) {
        if (PHONE.matcher(value).matches() || NIR_WITHOUT_KEY.matcher(value).matches()) {
            return true;
        }
        if (value.length() == 15 && value.chars().allMatch(c -> c >= '0' && c <= '9')) {
            long number = Long.parseLong(value.substring(0, 13));
            return 97 - number % 97 == Integer.parseInt(value.substring(13));
        }
        if (IBAN.matcher(value).matches()) {
            String moved = value.substring(4) + value.substring(0, 4);
            int remainder = 0;
            for (int i = 0; i < moved.length(); i++) {
                int digit = Character.digit(moved.charAt(i), 36);
                remainder = (remainder * (digit > 9 ? 100 : 10) + digit) % 97;
            }
            return remainder == 1;
        }
        return false;
    }

    @Override
    public String toString() {
        return value;
    }
}
