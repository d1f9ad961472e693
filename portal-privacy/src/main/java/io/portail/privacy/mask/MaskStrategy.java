package io.portail.privacy.mask;

import static java.util.Objects.requireNonNull;

import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * How one kind of personal value is masked: enough is kept to tell values apart when reading a log
 * (a first letter, the last digits), never enough to recover the value.
 *
 * <p>Whatever the strategy, the result never contains the original value when it is 4 characters or
 * longer: a result that would contain it is replaced by {@code ***}, which is too short to contain
 * it. Values shorter than 4 characters are always replaced by {@code ***}; such a value can only
 * appear in that result if it is made of asterisks.
 */
public enum MaskStrategy {
    /**
     * An email keeps the first character of its local part and of its domain, and its top-level
     * domain: {@code jean.exemple@mairie.fr} gives {@code j***@m***.fr}.
     */
    EMAIL {
        @Override
        String apply(String value) {
            int at = value.lastIndexOf('@');
            if (at <= 0 || at == value.length() - 1) {
                return FULL_MASK;
            }
            String domain = value.substring(at + 1);
            int dot = domain.lastIndexOf('.');
            String tld = dot < 0 ? "" : domain.substring(dot + 1);
            String suffix = TLD.matcher(tld).matches() ? "." + tld.toLowerCase(Locale.ROOT) : "";
            return first(value) + "***@" + first(domain) + "***" + suffix;
        }
    },
    /**
     * A phone number keeps the form it was given in, so that the mask never names a country the
     * number was not given with, and its last two digits.
     *
     * <ul>
     *   <li>A French national number (ten digits, the first a 0) keeps its first two digits: {@code
     *       06 85 12 34 56} gives {@code 06 ** ** ** 56}, and the Guadeloupe mobile {@code 0690 12
     *       34 56} gives {@code 06 ** ** ** 56} too. The national form does not tell France from
     *       the overseas departments, whose numbers share the 0 prefix (ARCEP national numbering
     *       plan: 0590, 0690 and 0691 in Guadeloupe, 0262, 0263, 0692 and 0693 in La Réunion…), so
     *       no country code is added.
     *   <li>An international number, written with {@code +} or {@code 00}, keeps its own country
     *       code (ITU-T E.164). In a plan of nine-digit numbers (+33 metropolitan France, +262 La
     *       Réunion and Mayotte, +590 Guadeloupe, +594 French Guiana, +596 Martinique) it keeps the
     *       first digit too: {@code +33 6 85 12 34 56} gives {@code +33 6** ** ** 56}, {@code +590
     *       690 12 34 56} gives {@code +590 6** ** ** 56}; a {@code (0)} written after the country
     *       code is left out. Any other country keeps only its code: {@code +44 20 7946 0958} gives
     *       {@code +44 ***58}.
     *   <li>Anything else keeps its last two digits if it has six digits or more: {@code ***56}.
     * </ul>
     *
     * <p>A number given with +33 but of an overseas range keeps +33, as given: the mask shows the
     * form the resident typed, it does not correct it.
     */
    PHONE {
        @Override
        String apply(String value) {
            String digits = value.replaceAll("[^0-9]", "");
            String given = value.strip();
            if (given.startsWith("+") || digits.startsWith("00")) {
                return international(given.startsWith("+") ? digits : digits.substring(2));
            }
            if (NATIONAL_PHONE.matcher(digits).matches()) {
                return digits.substring(0, 2) + " ** ** ** " + digits.substring(8);
            }
            return lastTwoDigits(digits);
        }
    },
    /**
     * A NIR keeps its first digit (the sex) and its two-digit key: {@code 1 85 05 78 006 084 36}
     * gives {@code 1 ** ** ** *** *** 36}.
     */
    NIR {
        @Override
        String apply(String value) {
            String compact = value.replaceAll("[\\s.-]", "");
            if (compact.length() != 15) {
                return FULL_MASK;
            }
            return compact.charAt(0) + " ** ** ** *** *** " + compact.substring(13);
        }
    },
    /**
     * An IBAN keeps its country code and its last three characters: {@code FR76 3000 6000 0112 3456
     * 7890 189} gives {@code FR** **** **** *189}.
     */
    IBAN {
        @Override
        String apply(String value) {
            String compact = value.replaceAll("\\s", "").toUpperCase(Locale.ROOT);
            if (compact.length() < 15 || !COUNTRY.matcher(compact).lookingAt()) {
                return FULL_MASK;
            }
            return compact.substring(0, 2)
                    + "** **** **** *"
                    + compact.substring(compact.length() - 3);
        }
    },
    /**
     * A name keeps the first letter of each word: {@code Camille L’Exemple-Durand} gives {@code
     * C*** L***}.
     */
    NAME {
        @Override
        String apply(String value) {
            StringBuilder out = new StringBuilder();
            for (String word : value.trim().split("\\s+")) {
                if (!word.isEmpty()) {
                    if (out.length() > 0) {
                        out.append(' ');
                    }
                    out.append(first(word)).append("***");
                }
            }
            return out.length() == 0 ? FULL_MASK : out.toString();
        }
    },
    /**
     * A postal address keeps only its five-digit postal code, if it has one: {@code 12 rue de
     * l’Église, 45999 Saint-Exemple} gives {@code *** (45999)}.
     */
    ADDRESS {
        @Override
        String apply(String value) {
            Matcher postal = POSTAL_CODE.matcher(value);
            String code = null;
            while (postal.find()) {
                code = postal.group(1);
            }
            return code == null ? FULL_MASK : "*** (" + code + ")";
        }
    },
    /** Nothing is kept: {@code ***}. */
    FULL {
        @Override
        String apply(String value) {
            return FULL_MASK;
        }
    };

    /** The result of masking everything. */
    public static final String FULL_MASK = "***";

    private static final Pattern TLD = Pattern.compile("[A-Za-z]{2,6}");
    private static final Pattern COUNTRY = Pattern.compile("[A-Z]{2}[0-9]{2}");
    private static final Pattern POSTAL_CODE = Pattern.compile("(?<![0-9])([0-9]{5})(?![0-9])");

    /** A French national phone number: 0, then nine digits that do not start with 0. */
    private static final Pattern NATIONAL_PHONE = Pattern.compile("0[1-9][0-9]{8}");

    /**
     * The two-digit country codes of ITU-T E.164 (list of assigned country codes); the other codes
     * are 1 and 7, or three digits long. The codes are prefix-free, so the first digits of an
     * international number tell the code's length.
     */
    private static final Set<String> TWO_DIGIT_COUNTRY_CODES =
            Set.of(
                    "20", "27", "30", "31", "32", "33", "34", "36", "39", "40", "41", "43", "44",
                    "45", "46", "47", "48", "49", "51", "52", "53", "54", "55", "56", "57", "58",
                    "60", "61", "62", "63", "64", "65", "66", "81", "82", "84", "86", "90", "91",
                    "92", "93", "94", "95", "98");

    /**
     * Country codes whose numbers have nine digits after the code, the first telling the kind of
     * line: metropolitan France and the overseas departments (ARCEP national numbering plan; +262
     * serves La Réunion and Mayotte, +269 is the Comoros).
     */
    private static final Set<String> NINE_DIGIT_PLANS = Set.of("33", "262", "590", "594", "596");

    /**
     * Masks a value.
     *
     * @param value the value
     * @return the masked value, never containing a value of 4 characters or more
     */
    public String mask(String value) {
        requireNonNull(value, "value");
        if (value.length() < 4) {
            return FULL_MASK;
        }
        String masked = apply(value);
        return masked.contains(value) ? FULL_MASK : masked;
    }

    abstract String apply(String value);

    /** Masks an international number, given as its digits after the {@code +} or {@code 00}. */
    private static String international(String digits) {
        if (digits.isEmpty() || digits.charAt(0) == '0') {
            return lastTwoDigits(digits);
        }
        int length =
                digits.charAt(0) == '1' || digits.charAt(0) == '7'
                        ? 1
                        : digits.length() >= 2
                                        && TWO_DIGIT_COUNTRY_CODES.contains(digits.substring(0, 2))
                                ? 2
                                : 3;
        if (digits.length() < length + 4) {
            return FULL_MASK;
        }
        String code = digits.substring(0, length);
        String national = digits.substring(length);
        if (national.length() == 10 && national.charAt(0) == '0') {
            national = national.substring(1); // "+33 (0)6 …": the trunk prefix, not dialled
        }
        if (NINE_DIGIT_PLANS.contains(code) && national.length() == 9) {
            return "+" + code + " " + national.charAt(0) + "** ** ** " + national.substring(7);
        }
        return "+" + code + " ***" + digits.substring(digits.length() - 2);
    }

    private static String lastTwoDigits(String digits) {
        return digits.length() >= 6 ? "***" + digits.substring(digits.length() - 2) : FULL_MASK;
    }

    private static String first(String text) {
        return new String(Character.toChars(text.codePointAt(0)));
    }
}
