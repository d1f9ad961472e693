package io.portail.forms.constraints;

import static java.util.Objects.requireNonNull;

import io.portail.forms.value.Text;
import java.net.IDN;
import java.util.Locale;
import org.jspecify.annotations.Nullable;

/**
 * An email address that can be reached on the internet.
 *
 * <p>Rules, from RFC 5321 (SMTP) and RFC 5322 (message format), narrowed to what a resident's
 * address looks like:
 *
 * <ul>
 *   <li>one {@code @}; before it, the local part is a dot-atom of RFC 5322 §3.2.3 (ASCII letters,
 *       digits and {@code !#$%&'*+-/=?^_`{|}~}, dots between them, never two in a row, nor first or
 *       last); quoted local parts and comments are not accepted, and neither are accented local
 *       parts (RFC 6531 addresses are still refused by many servers);
 *   <li>after it, a domain name of at least two labels (no bare host, no IP literal); an
 *       international domain name is converted with {@link IDN#toASCII(String, int)} (IDNA 2003,
 *       the JDK's implementation) and each label is 1 to 63 letters, digits or hyphens, not
 *       starting or ending with a hyphen; the last label (top-level domain) is letters only, or an
 *       {@code xn--} label;
 *   <li>lengths (RFC 5321 §4.5.3.1): at most 64 octets for the local part, 255 for the domain (in
 *       its ASCII form), 254 for the whole address (the 256-octet path minus its angle brackets).
 * </ul>
 *
 * <p>The normalised value keeps the local part as typed (it may be case-sensitive) and writes the
 * domain in lower case, in its Unicode form: {@code Jean.Dupont@Exemple.FR} → {@code
 * Jean.Dupont@exemple.fr}. Whether a mailbox exists is not checked. Immutable and thread-safe.
 */
public final class EmailRule implements TextRule {
    /** The rule. */
    public static final EmailRule INSTANCE = new EmailRule();

    private static final int MAX_RAW_LENGTH = 512;
    private static final int MAX_LOCAL = 64;
    private static final int MAX_DOMAIN = 255;
    private static final int MAX_TOTAL = 254;
    private static final String ATEXT_SIGNS = "!#$%&'*+-/=?^_`{|}~";

    private EmailRule() {}

    @Override
    public String code() {
        return "email";
    }

    @Override
    public RuleResult check(String input) {
        requireNonNull(input, "input");
        if (input.length() > MAX_RAW_LENGTH) {
            return RuleResult.invalid(Problem.TOO_LONG);
        }
        String address = Text.normalise(input);
        if (address.isEmpty()) {
            return RuleResult.invalid(Problem.MISSING);
        }
        int at = address.lastIndexOf('@');
        if (at < 0) {
            return RuleResult.invalid(Problem.WRONG_FORMAT);
        }
        String local = address.substring(0, at);
        String domain = address.substring(at + 1);
        Problem localProblem = localPartProblem(local);
        if (localProblem != null) {
            return RuleResult.invalid(localProblem);
        }
        if (domain.isEmpty() || domain.indexOf(' ') >= 0) {
            return RuleResult.invalid(
                    domain.isEmpty() ? Problem.WRONG_FORMAT : Problem.WRONG_CHARACTERS);
        }
        if (domain.length() > MAX_DOMAIN) {
            return RuleResult.invalid(Problem.TOO_LONG);
        }
        boolean plain = isPlainAscii(domain);
        String ascii;
        if (plain) {
            // Letters, digits, hyphens and dots only, in labels of 1 to 63 that neither start nor
            // end with a hyphen, none an ACE label (xn--): IDNA leaves such a name as it is in
            // both directions (RFC 3490 §4), so its conversions are skipped.
            ascii = domain.toLowerCase(Locale.ROOT);
        } else {
            try {
                ascii = IDN.toASCII(domain, IDN.USE_STD3_ASCII_RULES).toLowerCase(Locale.ROOT);
            } catch (IllegalArgumentException e) {
                return RuleResult.invalid(Problem.WRONG_FORMAT);
            }
        }
        if (ascii.length() > MAX_DOMAIN || local.length() + 1 + ascii.length() > MAX_TOTAL) {
            return RuleResult.invalid(Problem.TOO_LONG);
        }
        if (!isInternetDomain(ascii)) {
            return RuleResult.invalid(Problem.WRONG_FORMAT);
        }
        return RuleResult.valid(
                local + "@" + (plain ? ascii : IDN.toUnicode(ascii, IDN.USE_STD3_ASCII_RULES)));
    }

    /**
     * Tells whether a domain is already in the form IDNA gives it: dot-separated labels of 1 to 63
     * ASCII letters, digits and inner hyphens, none starting with {@code xn--}.
     */
    static boolean isPlainAscii(String domain) {
        int start = 0;
        int length = domain.length();
        for (int i = 0; i <= length; i++) {
            char c = i < length ? domain.charAt(i) : '.';
            if (c == '.') {
                int label = i - start;
                if (label < 1
                        || label > 63
                        || domain.charAt(start) == '-'
                        || domain.charAt(i - 1) == '-'
                        || domain.regionMatches(true, start, "xn--", 0, 4)) {
                    return false;
                }
                start = i + 1;
            } else if (!((c >= 'a' && c <= 'z')
                    || (c >= 'A' && c <= 'Z')
                    || (c >= '0' && c <= '9')
                    || c == '-')) {
                return false;
            }
        }
        return true;
    }

    private static @Nullable Problem localPartProblem(String local) {
        if (local.isEmpty()) {
            return Problem.WRONG_FORMAT;
        }
        for (int i = 0; i < local.length(); i++) {
            char c = local.charAt(i);
            if (!isAtext(c) && c != '.') {
                return c == '@' ? Problem.WRONG_FORMAT : Problem.WRONG_CHARACTERS;
            }
        }
        if (local.length() > MAX_LOCAL) {
            return Problem.TOO_LONG;
        }
        if (local.charAt(0) == '.'
                || local.charAt(local.length() - 1) == '.'
                || local.contains("..")) {
            return Problem.WRONG_FORMAT;
        }
        return null;
    }

    private static boolean isAtext(char c) {
        return (c >= 'a' && c <= 'z')
                || (c >= 'A' && c <= 'Z')
                || (c >= '0' && c <= '9')
                || ATEXT_SIGNS.indexOf(c) >= 0;
    }

    /** At least two labels of letters, digits and inner hyphens; a top-level domain of letters. */
    private static boolean isInternetDomain(String ascii) {
        int labels = 0;
        int start = 0;
        while (start <= ascii.length()) {
            int end = ascii.indexOf('.', start);
            if (end < 0) {
                end = ascii.length();
            }
            if (!isLabel(ascii, start, end)) {
                return false;
            }
            labels++;
            if (end == ascii.length()) {
                return labels >= 2 && isTopLevel(ascii.substring(start, end));
            }
            start = end + 1;
        }
        return false;
    }

    private static boolean isLabel(String s, int from, int to) {
        int length = to - from;
        if (length < 1 || length > 63 || s.charAt(from) == '-' || s.charAt(to - 1) == '-') {
            return false;
        }
        for (int i = from; i < to; i++) {
            char c = s.charAt(i);
            if (!((c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') || c == '-')) {
                return false;
            }
        }
        return true;
    }

    private static boolean isTopLevel(String label) {
        if (label.startsWith("xn--")) {
            return label.length() > 4;
        }
        if (label.length() < 2) {
            return false;
        }
        for (int i = 0; i < label.length(); i++) {
            char c = label.charAt(i);
            if (c < 'a' || c > 'z') {
                return false;
            }
        }
        return true;
    }
}
