package io.portail.forms.constraints;

import static java.util.Objects.requireNonNull;

import io.portail.forms.value.Text;

/**
 * One line of a postal address, such as the street or the address complement.
 *
 * <p>Letters of any script, digits, spaces and the signs {@code ' - , . / °} are accepted, after
 * {@link Text#normalise(String)} ({@code 12 rue de l’Église} equals {@code 12 rue de l'Église},
 * case F06). Other signs (such as {@code $ { } < >}) are {@link Problem#WRONG_CHARACTERS}. The
 * longest line is 100 characters: AFNOR NF Z10-011 asks for 38 characters per line on an envelope,
 * but a portal stores what the resident wrote and leaves the layout of mail to the sender.
 * Immutable and thread-safe.
 */
public final class AddressLineRule implements TextRule {
    /** The street: number (optional) and name of the way, code {@code street}. */
    public static final AddressLineRule STREET = new AddressLineRule("street");

    /** The address complement (building, floor, locality), code {@code address-complement}. */
    public static final AddressLineRule COMPLEMENT = new AddressLineRule("address-complement");

    /** The longest line, in code points. */
    public static final int MAX_LENGTH = 100;

    private final String code;

    private AddressLineRule(String code) {
        this.code = code;
    }

    @Override
    public String code() {
        return code;
    }

    @Override
    public RuleResult check(String input) {
        requireNonNull(input, "input");
        if (input.length() > 4 * MAX_LENGTH + 64) {
            return RuleResult.invalid(Problem.TOO_LONG);
        }
        String line = Text.normalise(input);
        if (line.isEmpty()) {
            return RuleResult.invalid(Problem.MISSING);
        }
        int count = 0;
        for (int i = 0; i < line.length(); ) {
            int cp = line.codePointAt(i);
            if (!isAllowed(cp)) {
                return RuleResult.invalid(Problem.WRONG_CHARACTERS);
            }
            count++;
            i += Character.charCount(cp);
        }
        return count > MAX_LENGTH ? RuleResult.invalid(Problem.TOO_LONG) : RuleResult.valid(line);
    }

    private static boolean isAllowed(int cp) {
        if (Character.isLetterOrDigit(cp)) {
            return true;
        }
        int type = Character.getType(cp);
        if (type == Character.NON_SPACING_MARK || type == Character.COMBINING_SPACING_MARK) {
            return true;
        }
        return cp == ' '
                || cp == '\''
                || cp == '-'
                || cp == ','
                || cp == '.'
                || cp == '/'
                || cp == '\u00B0';
    }
}
