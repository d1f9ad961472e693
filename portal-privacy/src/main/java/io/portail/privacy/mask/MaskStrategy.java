package io.portail.privacy.mask;

import static java.util.Objects.requireNonNull;

import java.util.Locale;
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
     * A phone number keeps the country code and first digit of a French number, and its last two
     * digits: {@code 06 85 12 34 56} gives {@code +33 6** ** ** 56}; other numbers keep only their
     * last two digits: {@code ***56}.
     */
    PHONE {
        @Override
        String apply(String value) {
            String digits = value.replaceAll("[^0-9]", "");
            String national = null;
            if (digits.length() == 10 && digits.startsWith("0")) {
                national = digits.substring(1);
            } else if (digits.length() == 11 && digits.startsWith("33")) {
                national = digits.substring(2);
            } else if (digits.length() == 13 && digits.startsWith("0033")) {
                national = digits.substring(4);
            }
            if (national != null) {
                return "+33 " + national.charAt(0) + "** ** ** " + national.substring(7);
            }
            return digits.length() >= 6 ? "***" + digits.substring(digits.length() - 2) : FULL_MASK;
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

    private static String first(String text) {
        return new String(Character.toChars(text.codePointAt(0)));
    }
}
