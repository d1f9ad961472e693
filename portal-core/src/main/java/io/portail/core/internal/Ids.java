package io.portail.core.internal;

/**
 * Ids received from a caller as exception messages and {@code toString} may show them: a misused id
 * may hold what a resident typed (an e-mail address, a phone number), so only a plain id is
 * repeated, and otherwise its length.
 *
 * <p>Plain means shaped as the ids of a catalogue, an agenda or a report desk are: 1 to 64 ASCII
 * letters, digits and hyphens, beginning with a letter, with at most 8 digits in all. The last two
 * conditions keep out the numbers a resident has (a phone number, a NIR, an IBAN, a card number),
 * which are long runs of digits; ids of the portal are words with a short number at most, such as
 * {@code birth-record} or {@code SIG-12}.
 */
public final class Ids {
    private static final int LONGEST_SHOWN = 64;
    private static final int MOST_DIGITS_SHOWN = 8;

    private Ids() {}

    /**
     * Returns an id as a message may show it.
     *
     * @param id an id received
     * @return the id itself if it is plain; else only its length, as in {@code (an id of 25
     *     characters, not shown)}
     */
    public static String shown(String id) {
        int digits = 0;
        boolean plain = !id.isEmpty() && id.length() <= LONGEST_SHOWN && isLetter(id.charAt(0));
        for (int i = 0; plain && i < id.length(); i++) {
            char c = id.charAt(i);
            boolean digit = c >= '0' && c <= '9';
            digits += digit ? 1 : 0;
            plain = (isLetter(c) || digit || c == '-') && digits <= MOST_DIGITS_SHOWN;
        }
        if (plain) {
            return id;
        }
        int length = id.length();
        return "(an id of "
                + length
                + (length == 1 ? " character" : " characters")
                + ", not shown)";
    }

    private static boolean isLetter(char c) {
        return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z');
    }
}
