package io.portail.forms.constraints.fr;

import static java.util.Objects.requireNonNull;

import com.google.i18n.phonenumbers.NumberParseException;
import com.google.i18n.phonenumbers.PhoneNumberUtil;
import com.google.i18n.phonenumbers.PhoneNumberUtil.PhoneNumberFormat;
import com.google.i18n.phonenumbers.Phonenumber.PhoneNumber;
import io.portail.forms.constraints.Problem;
import io.portail.forms.constraints.RuleResult;
import io.portail.forms.constraints.TextRule;
import io.portail.forms.value.Text;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/**
 * A phone number as a resident types it, read with France as the default region and stored in E.164
 * form.
 *
 * <p>The numbering plans come from libphonenumber. A number typed in the national form is read in
 * the French plan ({@code 06 85 12 34 56} → {@code +33685123456}, case F04). The overseas
 * departments share the 10-digit national form but have their own country codes (ARCEP national
 * numbering plan): a national number of an overseas range is read in the plan of Martinique, French
 * Guiana, La Réunion, Mayotte or Guadeloupe ({@code 0690 12 34 56} → {@code +590690123456}, case
 * F05). A number typed with +33 but of an overseas range is read the same way.
 *
 * <p>{@link #INSTANCE} accepts the numbering areas of France: metropolitan France, the overseas
 * departments, Saint-Barthélemy, Saint-Martin, Saint-Pierre-et-Miquelon, Wallis-et-Futuna, New
 * Caledonia and French Polynesia; another country gives {@link Problem#FOREIGN}. {@link
 * #ANY_COUNTRY} accepts every valid number (a foreign one typed with its + prefix). Letters are
 * refused rather than read as keypad digits. Immutable and thread-safe.
 */
public final class FrenchPhoneRule implements TextRule {
    /** Numbers of France and its overseas areas only. */
    public static final FrenchPhoneRule INSTANCE = new FrenchPhoneRule(false);

    /** Numbers of any country; national numbers are read as French. */
    public static final FrenchPhoneRule ANY_COUNTRY = new FrenchPhoneRule(true);

    private static final int MAX_RAW_LENGTH = 40;
    private static final Set<String> FRENCH_REGIONS =
            Set.of("FR", "GP", "BL", "MF", "MQ", "GF", "RE", "YT", "PM", "WF", "NC", "PF");

    /**
     * Overseas plans tried for a number of the +33 plan, in this order: libphonenumber's French
     * metadata also accepts some overseas ranges (0596, 0263, 0269) as metropolitan, and
     * Guadeloupe's accepts some blocks of 0694 and 0696, so the department whose own prefixes they
     * are comes first.
     */
    private static final List<String> OVERSEAS_DEPARTMENTS = List.of("MQ", "GF", "RE", "YT", "GP");

    /**
     * The overseas department of each three-digit prefix of a national number that the ARCEP
     * numbering plan gives to one: Guadeloupe 590, 690, 691; French Guiana 594, 694; Martinique
     * 596, 696, 697; La Réunion 262, 263, 692, 693; Mayotte 269, 639.
     */
    private static final Map<Integer, String> OVERSEAS_BY_PREFIX =
            Map.ofEntries(
                    Map.entry(590, "GP"),
                    Map.entry(690, "GP"),
                    Map.entry(691, "GP"),
                    Map.entry(594, "GF"),
                    Map.entry(694, "GF"),
                    Map.entry(596, "MQ"),
                    Map.entry(696, "MQ"),
                    Map.entry(697, "MQ"),
                    Map.entry(262, "RE"),
                    Map.entry(263, "RE"),
                    Map.entry(692, "RE"),
                    Map.entry(693, "RE"),
                    Map.entry(269, "YT"),
                    Map.entry(639, "YT"));

    private final boolean anyCountry;

    private FrenchPhoneRule(boolean anyCountry) {
        this.anyCountry = anyCountry;
    }

    @Override
    public String code() {
        return "phone";
    }

    @Override
    public RuleResult check(String input) {
        requireNonNull(input, "input");
        Reading reading = read(input);
        return reading.number != null
                ? RuleResult.valid(reading.number.e164())
                : RuleResult.invalid(requireNonNull(reading.problem));
    }

    /**
     * Reads a phone number, with its region and kind of line.
     *
     * @param input what the resident typed
     * @return the number, or empty when {@link #check(String)} would refuse it
     * @throws NullPointerException if {@code input} is null
     */
    public Optional<FrenchPhoneNumber> parse(String input) {
        requireNonNull(input, "input");
        return Optional.ofNullable(read(input).number);
    }

    private Reading read(String input) {
        if (input.length() > MAX_RAW_LENGTH) {
            return Reading.of(Problem.TOO_LONG);
        }
        String text = Text.normalise(input);
        if (text.isEmpty()) {
            return Reading.of(Problem.MISSING);
        }
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            boolean allowed =
                    (c >= '0' && c <= '9')
                            || c == ' '
                            || c == '.'
                            || c == '-'
                            || c == '('
                            || c == ')'
                            || c == '/'
                            || (c == '+' && i == 0);
            if (!allowed) {
                return Reading.of(Problem.WRONG_CHARACTERS);
            }
        }
        PhoneNumberUtil util = PhoneNumberUtil.getInstance();
        PhoneNumber number = nationalForm(text);
        if (number == null) {
            try {
                number = util.parse(text, "FR");
            } catch (NumberParseException e) {
                return Reading.of(problemOf(e.getErrorType()));
            }
        }
        // A number is valid exactly when its type in its own region's plan is known, which is
        // what isValidNumber checks: one reading of the plan answers both questions.
        PhoneNumberUtil.PhoneNumberType type = util.getNumberType(number);
        boolean valid = type != PhoneNumberUtil.PhoneNumberType.UNKNOWN;
        // The French metadata refuses the overseas mobile ranges and takes some overseas fixed
        // ranges for metropolitan fixed lines: only those numbers are read again overseas.
        boolean doubtful =
                !valid
                        || type == PhoneNumberUtil.PhoneNumberType.FIXED_LINE
                        || type == PhoneNumberUtil.PhoneNumberType.FIXED_LINE_OR_MOBILE;
        if (number.getCountryCode() == 33 && doubtful) {
            PhoneNumber overseas = overseas(util, number);
            if (overseas != number) {
                number = overseas;
                valid = true;
                type = util.getNumberType(number);
            }
        }
        if (!valid) {
            return Reading.of(lengthProblem(util, number));
        }
        String region = util.getRegionCodeForNumber(number);
        if (region == null || (!anyCountry && !FRENCH_REGIONS.contains(region))) {
            return Reading.of(Problem.FOREIGN);
        }
        String e164 = util.format(number, PhoneNumberFormat.E164);
        return new Reading(new FrenchPhoneNumber(e164, region, typeOf(type)), null);
    }

    /**
     * Reads the usual national form directly: ten digits, the first 0 and the second not 0 (ARCEP
     * national numbering plan: the trunk prefix 0, then the nine digits of the national number), in
     * groups separated by spaces, dots or hyphens. libphonenumber's parser gives the same number
     * for these inputs (a property test pins it) at many times the cost; anything else, {@code
     * +33}, {@code 00} or parentheses included, is left to it.
     *
     * @return the number in the +33 plan, or null if the text is not of that form
     */
    static @Nullable PhoneNumber nationalForm(String text) {
        long national = 0;
        int digits = 0;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c >= '0' && c <= '9') {
                if ((digits == 0 && c != '0') || (digits == 1 && c == '0') || digits == 10) {
                    return null;
                }
                national = national * 10 + (c - '0');
                digits++;
            } else if (c != ' ' && c != '.' && c != '-') {
                return null;
            }
        }
        if (digits != 10) {
            return null;
        }
        return new PhoneNumber().setCountryCode(33).setNationalNumber(national);
    }

    /**
     * Reads a number of the +33 plan in the overseas plans first: the overseas prefixes (0590,
     * 0690, 0262…) are never metropolitan numbers (ARCEP numbering plan).
     *
     * <p>The first three digits of the national number name the department whose plan is tried
     * first ({@link #OVERSEAS_BY_PREFIX}); a number of another prefix, or one that plan refuses, is
     * tried in each overseas plan in turn.
     */
    private static PhoneNumber overseas(PhoneNumberUtil util, PhoneNumber number) {
        String region = OVERSEAS_BY_PREFIX.get((int) (number.getNationalNumber() / 1_000_000L));
        if (region != null) {
            PhoneNumber candidate = inPlanOf(util, region, number);
            if (util.isValidNumberForRegion(candidate, region)) {
                return candidate;
            }
        }
        for (String department : OVERSEAS_DEPARTMENTS) {
            PhoneNumber candidate = inPlanOf(util, department, number);
            if (util.isValidNumberForRegion(candidate, department)) {
                return candidate;
            }
        }
        return number;
    }

    private static PhoneNumber inPlanOf(PhoneNumberUtil util, String region, PhoneNumber number) {
        return new PhoneNumber()
                .setCountryCode(util.getCountryCodeForRegion(region))
                .setNationalNumber(number.getNationalNumber());
    }

    private static Problem problemOf(NumberParseException.ErrorType type) {
        switch (type) {
            case TOO_SHORT_NSN:
            case TOO_SHORT_AFTER_IDD:
                return Problem.TOO_SHORT;
            case TOO_LONG:
                return Problem.TOO_LONG;
            default:
                return Problem.WRONG_FORMAT;
        }
    }

    private static Problem lengthProblem(PhoneNumberUtil util, PhoneNumber number) {
        switch (util.isPossibleNumberWithReason(number)) {
            case TOO_SHORT:
                return Problem.TOO_SHORT;
            case TOO_LONG:
                return Problem.TOO_LONG;
            default:
                return Problem.WRONG_FORMAT;
        }
    }

    private static PhoneType typeOf(PhoneNumberUtil.PhoneNumberType type) {
        switch (type) {
            case MOBILE:
                return PhoneType.MOBILE;
            case FIXED_LINE:
                return PhoneType.FIXED;
            default:
                return PhoneType.OTHER;
        }
    }

    private static final class Reading {
        final @Nullable FrenchPhoneNumber number;
        final @Nullable Problem problem;

        Reading(@Nullable FrenchPhoneNumber number, @Nullable Problem problem) {
            this.number = number;
            this.problem = problem;
        }

        static Reading of(Problem problem) {
            return new Reading(null, problem);
        }
    }
}
