package io.portail.privacy.subject;

import static java.util.Objects.requireNonNull;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * An opaque reference to a data subject: the host's identifier for a person, never a name, an email
 * or any value that identifies them by itself.
 *
 * <p>The reference holds 1 to 64 characters among ASCII letters, digits and {@code . _ : -}, so
 * that it fits in logs and ledgers without escaping; a UUID or a database key fits. Immutable and
 * thread-safe.
 *
 * <p>A reference with the shape of a NIR, a phone number or an IBAN is refused, wherever it sits in
 * the value ({@code res-0612345678} too), and whether its digit groups are written together or
 * apart ({@code 06.12.34.56.78}):
 *
 * <ul>
 *   <li>a run of digits that is a phone number: in French national form ({@code 0612345678}), in
 *       international form ({@code 0033612345678}, 7 to 15 digits after {@code 00}), or with a
 *       French country code and without the {@code +} ({@code 33612345678}, {@code 590690123456});
 *   <li>digit groups joined by one of {@code . _ : -} and read together as such a number: groups of
 *       1 to 4 digits as people write numbers ({@code 33-6-12-34-56-78}, first group a country code
 *       of 1 to 3 digits), or from a group starting with 0 ({@code 06-12345678});
 *   <li>a NIR of 13 characters, or of 15 whose key holds, its groups together or apart, Corsica's
 *       {@code 2A} and {@code 2B} included ({@code 185052A12345678}); a numeric key of 13 digits
 *       with the shape of a NIR (sex 1 or 2, a month 01 to 12), as some times in milliseconds have,
 *       is refused too: use a UUID or a key of another length;
 *   <li>an IBAN whose check digits hold, as the whole value, between separators ({@code
 *       res-FR76...}), or in groups ({@code FR76-3000-...}).
 * </ul>
 *
 * <p>Two shapes are taken whatever digits they hold, because they are random and common keys and
 * their digit runs are chance: a UUID, wherever it sits ({@code urn:uuid:...}), and, between
 * separators, 16 or more hexadecimal characters with at least one letter and no run of digits
 * filling half of them (a hash or a random key). A numeric key in one run ({@code 1733333333333})
 * is taken unless it has one of the French shapes above: a foreign number stored without its {@code
 * +} cannot be told from it. A space or a {@code +}, as any character outside the set above, is
 * refused.
 *
 * @param value the reference
 */
public record SubjectRef(String value) {
    private static final Pattern VALUE = Pattern.compile("[A-Za-z0-9._:-]{1,64}");

    /** A UUID (RFC 9562, section 4), in either case, not glued to other letters or digits. */
    private static final Pattern UUID =
            Pattern.compile(
                    "(?<![0-9A-Za-z])[0-9A-Fa-f]{8}-[0-9A-Fa-f]{4}-[0-9A-Fa-f]{4}-[0-9A-Fa-f]{4}"
                            + "-[0-9A-Fa-f]{12}(?![0-9A-Za-z])");

    /** The parts of a value between separators. */
    private static final Pattern TOKEN = Pattern.compile("[^._:-]+");

    /** 16 or more hexadecimal characters, at least one a letter. */
    private static final Pattern RANDOM_HEX = Pattern.compile("(?=[0-9]*[A-Fa-f])[0-9A-Fa-f]{16,}");

    private static final Pattern DIGITS = Pattern.compile("[0-9]+");

    /**
     * A NIR, with or without its key, groups together or apart: sex 1 or 2, year, month 01 to 12,
     * département (two digits, or 2A or 2B for Corsica), commune, order number, key (décret 82-103;
     * INSEE).
     */
    private static final Pattern NIR =
            Pattern.compile(
                    "(?<![0-9])[12][._:-]?[0-9]{2}[._:-]?(0[1-9]|1[0-2])[._:-]?([0-9]{2}|2[ABab])"
                            + "[._:-]?[0-9]{3}[._:-]?[0-9]{3}([._:-]?[0-9]{2})?(?![0-9])");

    /** An IBAN as written without spaces: country, check digits, then the account. */
    private static final Pattern IBAN = Pattern.compile("[A-Z]{2}[0-9]{2}[A-Z0-9]{10,30}");

    /**
     * Checks the reference.
     *
     * @param value the reference
     * @throws IllegalArgumentException if it is empty, longer than 64 characters, holds a character
     *     other than ASCII letters, digits and {@code . _ : -} (an email, for instance), or has the
     *     shape of a NIR, a phone number or an IBAN; the message never holds the value
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
     * Tells a value that identifies a person by itself: a NIR (décret 82-103; the numéro
     * d'inscription au répertoire), a phone number (ARCEP plan for French numbers, ITU-T E.164 for
     * the others: a country code and at most 15 digits), or an IBAN whose check digits hold (ISO
     * 13616-1: the number, its first four characters moved to the end, is 1 modulo 97). The full
     * rules are in portal-forms; these shapes are enough to refuse an id.
     */
    private static boolean looksPersonal(String value) {
        String read = withoutRandomHex(UUID.matcher(value).replaceAll("x"));
        return holdsNir(read) || holdsPhoneNumber(read) || holdsIban(value);
    }

    /**
     * Tells whether a value holds a NIR: 13 characters of its shape, or 15 whose last two are its
     * key, 97 minus the number of the first 13 modulo 97, Corsica's 2A read as 19 and 2B as 18
     * (INSEE). Fifteen digits of the shape with another key are not a NIR.
     */
    private static boolean holdsNir(String value) {
        Matcher nir = NIR.matcher(value);
        while (nir.find()) {
            String digits = nir.group().replaceAll("[._:-]", "").toUpperCase(java.util.Locale.ROOT);
            if (digits.length() == 13) {
                return true;
            }
            String body = digits.substring(0, 13).replace("2A", "19").replace("2B", "18");
            int key = Integer.parseInt(digits.substring(13));
            if (97 - Long.parseLong(body) % 97 == key) {
                return true;
            }
        }
        return false;
    }

    /**
     * Replaces each hash or random key between separators by a letter, as each UUID was, so that no
     * digit of theirs is read.
     */
    private static String withoutRandomHex(String value) {
        Matcher token = TOKEN.matcher(value);
        StringBuilder read = new StringBuilder(value.length());
        while (token.find()) {
            token.appendReplacement(read, isRandomHex(token.group()) ? "x" : "$0");
        }
        return token.appendTail(read).toString();
    }

    /**
     * Tells a hash or random key: 16 or more hexadecimal characters with a letter, where no run of
     * digits fills half of it, so that a number glued to a few letters ({@code 0612345678abcdef})
     * is still read.
     */
    private static boolean isRandomHex(String token) {
        if (!RANDOM_HEX.matcher(token).matches()) {
            return false;
        }
        Matcher digits = DIGITS.matcher(token);
        while (digits.find()) {
            if (2 * digits.group().length() >= token.length()) {
                return false;
            }
        }
        return true;
    }

    /**
     * Tells whether a run of digits, or digit groups joined by single separators, reads as a phone
     * number.
     */
    private static boolean holdsPhoneNumber(String value) {
        List<List<String>> chains = new ArrayList<>();
        Matcher digits = DIGITS.matcher(value);
        int end = -1;
        while (digits.find()) {
            String group = digits.group();
            if (isBarePhoneNumber(group)) {
                return true;
            }
            boolean follows =
                    end >= 0 && digits.start() == end + 1 && ".:_-".indexOf(value.charAt(end)) >= 0;
            if (!follows) {
                chains.add(new ArrayList<>());
            }
            chains.get(chains.size() - 1).add(group);
            end = digits.end();
        }
        for (List<String> chain : chains) {
            for (int first = 0; first < chain.size() - 1; first++) {
                if (readsAsPhoneNumber(chain.subList(first, chain.size()))) {
                    return true;
                }
            }
        }
        return false;
    }

    /**
     * Tells whether digit groups written apart, from the first, read as a phone number: groups of 1
     * to 4 digits after a country code of 1 to 3, or groups of up to 8 digits from a national or
     * international prefix starting with 0.
     */
    private static boolean readsAsPhoneNumber(List<String> groups) {
        String first = groups.get(0);
        boolean prefixed = first.charAt(0) == '0';
        if (first.length() > (prefixed ? 4 : 3)) {
            return false;
        }
        StringBuilder joined = new StringBuilder(first);
        for (String group : groups.subList(1, groups.size())) {
            if (group.length() > (prefixed ? 8 : 4)) {
                return false;
            }
            joined.append(group);
            if (isPhoneNumber(joined.toString())) {
                return true;
            }
        }
        return false;
    }

    /**
     * Tells whether digits have the length of a phone number: after {@code 00} (international
     * form), a country code, which never starts with 0, and 7 to 15 digits in all (ITU-T E.164);
     * otherwise 9 to 15 digits, in national form ({@code 0612345678}, ARCEP plan) or with the
     * country code and without the {@code +} ({@code 33612345678}). A run starting with three zeros
     * is a padded key.
     */
    private static boolean isPhoneNumber(String digits) {
        if (digits.startsWith("00")) {
            return digits.length() >= 9 && digits.length() <= 17 && digits.charAt(2) != '0';
        }
        return digits.length() >= 9 && digits.length() <= 15;
    }

    /**
     * Tells whether one run of digits, not written in groups, is a phone number: in international
     * form ({@code 0033612345678}, as {@link #isPhoneNumber}); in the French national form, ten
     * digits, the first 0 and the second not (ARCEP plan); or with a French country code and
     * without its {@code +}: +33 and nine digits, +262, +269, +590, +594 or +596 and nine, +508,
     * +681 or +687 and six, +689 and eight. Another run of digits is taken as a numeric key (a
     * database id, a time in milliseconds): nothing tells it from a foreign number stored without
     * its {@code +}, and refusing every numeric key of 9 to 15 digits would refuse common ids.
     */
    private static boolean isBarePhoneNumber(String digits) {
        int length = digits.length();
        if (digits.startsWith("00")) {
            return isPhoneNumber(digits);
        }
        if (digits.charAt(0) == '0') {
            return length == 10 && digits.charAt(1) != '0';
        }
        return (length == 11 && digits.startsWith("33") && digits.charAt(2) != '0')
                || (length == 12 && startsWithAny(digits, "262", "269", "590", "594", "596"))
                || (length == 9 && startsWithAny(digits, "508", "681", "687"))
                || (length == 11 && digits.startsWith("689"));
    }

    private static boolean startsWithAny(String digits, String... prefixes) {
        for (String prefix : prefixes) {
            if (digits.startsWith(prefix)) {
                return true;
            }
        }
        return false;
    }

    private static boolean holdsIban(String value) {
        if (isIban(value.replaceAll("[._:-]", ""))) {
            return true;
        }
        Matcher token = TOKEN.matcher(value);
        while (token.find()) {
            if (isIban(token.group())) {
                return true;
            }
        }
        return false;
    }

    private static boolean isIban(String value) {
        if (!IBAN.matcher(value).matches()) {
            return false;
        }
        String moved = value.substring(4) + value.substring(0, 4);
        int remainder = 0;
        for (int i = 0; i < moved.length(); i++) {
            int digit = Character.digit(moved.charAt(i), 36);
            remainder = (remainder * (digit > 9 ? 100 : 10) + digit) % 97;
        }
        return remainder == 1;
    }

    @Override
    public String toString() {
        return value;
    }
}
