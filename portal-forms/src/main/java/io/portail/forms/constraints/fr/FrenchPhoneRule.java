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
import java.util.HashSet;
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

    /** Longest input looked at: longer is refused at once, before any normalisation. */
    private static final int MAX_RAW_LENGTH = 200;

    /** Longest number once normalised, spaces and separators included. */
    private static final int MAX_TYPED_LENGTH = 40;

    /** The numbering areas of France, as libphonenumber names them (ISO 3166 codes). */
    static final Set<String> FRENCH_REGIONS =
            Set.of("FR", "GP", "BL", "MF", "MQ", "GF", "RE", "YT", "PM", "WF", "NC", "PF");

    /**
     * The country codes of those areas: +33, +590, +594, +596, +262, +508, +681, +687 and +689. No
     * other country shares them (a test pins it against libphonenumber's metadata).
     */
    static final Set<Integer> FRENCH_COUNTRY_CODES = frenchCountryCodes();

    /**
     * libphonenumber's plans of those country codes, compiled once: the kind of a number of a
     * French country code is read there rather than through {@code PhoneNumberUtil.getNumberType},
     * with the same answer at a fraction of the cost ({@link PhonePlan}).
     */
    static final PhonePlan PLANS = PhonePlan.compile(FRENCH_REGIONS);

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

    /** {@link #OVERSEAS_BY_PREFIX} as an array: the country code of each prefix's plan, or 0. */
    private static final int[] COUNTRY_CODE_BY_PREFIX = countryCodeByPrefix();

    private final boolean anyCountry;

    private static Set<Integer> frenchCountryCodes() {
        PhoneNumberUtil util = PhoneNumberUtil.getInstance();
        Set<Integer> codes = new HashSet<>();
        for (String region : FRENCH_REGIONS) {
            codes.add(util.getCountryCodeForRegion(region));
        }
        return Set.copyOf(codes);
    }

    private static int[] countryCodeByPrefix() {
        int[] codes = new int[1000];
        OVERSEAS_BY_PREFIX.forEach((prefix, region) -> codes[prefix] = PLANS.countryCodeOf(region));
        return codes;
    }

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
        Reading reading = read(input, false);
        String e164 = reading.e164;
        return e164 != null
                ? RuleResult.valid(e164)
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
        Reading reading = read(input, true);
        String e164 = reading.e164;
        if (e164 == null) {
            return Optional.empty();
        }
        return Optional.of(
                new FrenchPhoneNumber(e164, requireNonNull(reading.region), typeOf(reading.type)));
    }

    private Reading read(String input, boolean withRegion) {
        if (input.length() > MAX_RAW_LENGTH) {
            return Reading.of(Problem.TOO_LONG);
        }
        String text = Text.normalise(input);
        if (text.isEmpty()) {
            return Reading.of(Problem.MISSING);
        }
        if (text.length() > MAX_TYPED_LENGTH) {
            return Reading.of(Problem.TOO_LONG);
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
        long national = directDigits(text);
        if (national >= 0) {
            return readFrench(33, national, 0, null, withRegion);
        }
        // Ten digits in the national form were read above: only another shape is measured.
        Problem length = nationalLengthProblem(text);
        if (length != null) {
            return Reading.of(length);
        }
        PhoneNumberUtil util = PhoneNumberUtil.getInstance();
        PhoneNumber number;
        try {
            number = util.parse(text, "FR");
        } catch (NumberParseException e) {
            return Reading.of(problemOf(e.getErrorType()));
        }
        if (PLANS.covers(number.getCountryCode())) {
            int zeros = number.isItalianLeadingZero() ? number.getNumberOfLeadingZeros() : 0;
            return readFrench(
                    number.getCountryCode(), number.getNationalNumber(), zeros, number, withRegion);
        }
        // Every region of a French country code is French (FRENCH_COUNTRY_CODES), and PLANS
        // holds them all: any other valid number is foreign.
        // Too short or too long would be read as counted against the ten digits of a French
        // number (the messages say so): a number of another country is foreign for the French
        // rule, and impossible, whatever its length, for the rule of any country.
        if (!anyCountry) {
            return Reading.of(Problem.FOREIGN);
        }
        PhoneNumberUtil.PhoneNumberType type = util.getNumberType(number);
        if (type == PhoneNumberUtil.PhoneNumberType.UNKNOWN) {
            return Reading.of(Problem.WRONG_FORMAT);
        }
        return new Reading(
                util.format(number, PhoneNumberFormat.E164),
                withRegion ? util.getRegionCodeForNumber(number) : null,
                type,
                null);
    }

    /**
     * Reads a number of a French country code in the compiled plans ({@link #PLANS}).
     *
     * @param countryCode a French country code
     * @param national the national number, without its leading zeros
     * @param zeros the leading zeros that the national significant number keeps (0 but in a few
     *     plans: New Caledonia's 05 numbers)
     * @param parsed the number as libphonenumber parsed it, if it did
     * @param withRegion whether to look up the region, for {@link #parse(String)}
     */
    private Reading readFrench(
            int countryCode,
            long national,
            int zeros,
            @Nullable PhoneNumber parsed,
            boolean withRegion) {
        String digits = Long.toString(national);
        String nsn = zeros > 0 ? "0".repeat(zeros).concat(digits) : digits;
        int code = countryCode;
        String significant = nsn;
        // A number is valid exactly when its type in its own region's plan is known, which is
        // what isValidNumber checks: one reading of the plan answers both questions.
        PhoneNumberUtil.PhoneNumberType type = PhoneNumberUtil.PhoneNumberType.UNKNOWN;
        if (code == 33) {
            // A prefix the ARCEP plan gives to an overseas department is read in its plan first.
            int prefix = (int) (national / 1_000_000L);
            int overseas = prefix >= 0 && prefix < 1000 ? COUNTRY_CODE_BY_PREFIX[prefix] : 0;
            if (overseas != 0) {
                type = PLANS.typeOf(overseas, digits);
                if (type != PhoneNumberUtil.PhoneNumberType.UNKNOWN) {
                    code = overseas;
                    significant = digits;
                }
            }
        }
        if (type == PhoneNumberUtil.PhoneNumberType.UNKNOWN) {
            type = PLANS.typeOf(code, significant);
        }
        boolean valid = type != PhoneNumberUtil.PhoneNumberType.UNKNOWN;
        // The French metadata refuses the overseas mobile ranges and takes some overseas fixed
        // ranges for metropolitan fixed lines: only those numbers are read again, in each
        // overseas plan in turn (OVERSEAS_DEPARTMENTS): the overseas prefixes (0590, 0690,
        // 0262…) are never metropolitan numbers (ARCEP numbering plan).
        boolean doubtful =
                !valid
                        || type == PhoneNumberUtil.PhoneNumberType.FIXED_LINE
                        || type == PhoneNumberUtil.PhoneNumberType.FIXED_LINE_OR_MOBILE;
        if (code == 33 && doubtful) {
            for (int i = 0; i < OVERSEAS_DEPARTMENTS.size(); i++) {
                String department = OVERSEAS_DEPARTMENTS.get(i);
                if (PLANS.isValidIn(department, digits)) {
                    code = PLANS.countryCodeOf(department);
                    significant = digits;
                    valid = true;
                    type = PLANS.typeOf(code, significant);
                    break;
                }
            }
        }
        if (!valid) {
            PhoneNumber number =
                    parsed != null
                            ? parsed
                            : new PhoneNumber()
                                    .setCountryCode(countryCode)
                                    .setNationalNumber(national);
            return Reading.of(lengthProblem(PhoneNumberUtil.getInstance(), number));
        }
        // The number keeps a French country code: it is never FOREIGN.
        return new Reading(
                PLANS.e164(code, significant),
                withRegion ? PLANS.regionOf(code, significant) : null,
                type,
                null);
    }

    /**
     * Writes a number as residents write it, to read it back to them: the ten-digit national form
     * in pairs for the plans that share it, metropolitan France (+33) and the overseas departments
     * (+590, +594, +596, +262), where the national number is the trunk prefix 0 and nine digits
     * (ARCEP national numbering plan): {@code +590690123456} reads {@code 06 90 12 34 56}. Any
     * other number keeps its E.164 form.
     *
     * @param e164 a number as {@link #check(String)} normalises it
     * @return the number as a resident reads it
     * @throws NullPointerException if {@code e164} is null
     */
    public static String readBack(String e164) {
        requireNonNull(e164, "e164");
        int nine;
        if (e164.startsWith("+33") && e164.length() == 12) {
            nine = 3;
        } else if ((e164.startsWith("+590")
                        || e164.startsWith("+594")
                        || e164.startsWith("+596")
                        || e164.startsWith("+262"))
                && e164.length() == 13) {
            nine = 4;
        } else {
            return e164;
        }
        // The trunk prefix 0 and the nine digits, in five pairs: "0d dd dd dd dd".
        char[] out = new char[14];
        out[0] = '0';
        int at = 1;
        for (int i = nine; i < e164.length(); i++) {
            if (at % 3 == 2) {
                out[at++] = ' ';
            }
            out[at++] = e164.charAt(i);
        }
        return new String(out);
    }

    /**
     * A number in the national form (a 0, then not a second 0) has ten digits in the ARCEP national
     * numbering plan, overseas included: fewer is {@link Problem#TOO_SHORT}, more {@link
     * Problem#TOO_LONG}. libphonenumber would keep the leading 0 of a nine-digit number as part of
     * it and call it impossible rather than short.
     *
     * @return the problem, or null for ten digits or a number in another form
     */
    private static @Nullable Problem nationalLengthProblem(String text) {
        int digits = 0;
        char first = 0;
        char second = 0;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == '+') {
                return null;
            }
            if (c >= '0' && c <= '9') {
                if (digits == 0) {
                    first = c;
                } else if (digits == 1) {
                    second = c;
                }
                digits++;
            }
        }
        if (first != '0' || second == '0' || digits < 2) {
            return null;
        }
        return digits < 10 ? Problem.TOO_SHORT : digits > 10 ? Problem.TOO_LONG : null;
    }

    /**
     * Reads the usual forms directly: the national form, ten digits, the first 0 and the second not
     * 0 (ARCEP national numbering plan: the trunk prefix 0, then the nine digits of the national
     * number); and the international form of the +33 plan, {@code +33} or {@code 0033} (00, the
     * international prefix dialled from France) then the nine digits, the first not 0. The digits
     * may be in groups separated by spaces, dots or hyphens. libphonenumber's parser gives the same
     * number for these inputs (a property test pins it) at many times the cost; anything else,
     * another country code, {@code (0)} or parentheses included, is left to it.
     *
     * @return the national number in the +33 plan (nine digits), or -1 if the text is not of those
     *     forms
     */
    static long directDigits(String text) {
        int start;
        boolean trunkPrefix;
        if (text.startsWith("+33")) {
            start = 3;
            trunkPrefix = false;
        } else if (text.startsWith("0033")) {
            start = 4;
            trunkPrefix = false;
        } else {
            start = 0;
            trunkPrefix = true;
        }
        long national = 0;
        int digits = 0;
        for (int i = start; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c >= '0' && c <= '9') {
                if (trunkPrefix) {
                    if (c != '0') {
                        return -1;
                    }
                    trunkPrefix = false;
                } else if ((digits == 0 && c == '0') || digits == 9) {
                    return -1;
                } else {
                    national = national * 10 + (c - '0');
                    digits++;
                }
            } else if (c != ' ' && c != '.' && c != '-') {
                return -1;
            }
        }
        return digits == 9 ? national : -1;
    }

    /**
     * {@link #directDigits(String)} as libphonenumber's parser would give it.
     *
     * @return the number in the +33 plan, or null if the text is not of the forms read directly
     */
    static @Nullable PhoneNumber directForm(String text) {
        long national = directDigits(text);
        return national < 0
                ? null
                : new PhoneNumber().setCountryCode(33).setNationalNumber(national);
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
        final @Nullable String e164;
        final @Nullable String region;
        final PhoneNumberUtil.PhoneNumberType type;
        final @Nullable Problem problem;

        Reading(
                @Nullable String e164,
                @Nullable String region,
                PhoneNumberUtil.PhoneNumberType type,
                @Nullable Problem problem) {
            this.e164 = e164;
            this.region = region;
            this.type = type;
            this.problem = problem;
        }

        static Reading of(Problem problem) {
            return new Reading(null, null, PhoneNumberUtil.PhoneNumberType.UNKNOWN, problem);
        }
    }
}
