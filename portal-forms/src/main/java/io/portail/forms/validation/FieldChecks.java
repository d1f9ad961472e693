package io.portail.forms.validation;

import io.portail.forms.constraints.EmailRule;
import io.portail.forms.constraints.PersonNameRule;
import io.portail.forms.constraints.RuleMessages;
import io.portail.forms.constraints.RuleResult;
import io.portail.forms.constraints.TextRule;
import io.portail.forms.constraints.fr.FrenchPhoneRule;
import io.portail.forms.definition.Field;
import io.portail.forms.definition.FieldType;
import io.portail.forms.definition.Option;
import io.portail.forms.value.Text;
import io.portail.privacy.text.LocalizedText;
import java.math.BigDecimal;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.StringJoiner;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;

/** The checks of each field type but groups: one raw answer in, one {@link Checked} out. */
final class FieldChecks {
    private static final Pattern INTEGER = Pattern.compile("[+-]?[0-9]+");
    private static final Pattern DECIMAL = Pattern.compile("[+-]?[0-9]+([.][0-9]+)?");
    private static final Pattern DEGREES = Pattern.compile("-?[0-9]{1,3}([.][0-9]{1,12})?");
    private static final int MAX_DIGITS = 15;

    /** Decimals of an answer compared with a decimal field's bounds, which have at most 6. */
    private static final int COMPARED_DECIMALS = FieldType.DecimalNumber.MAX_SCALE + 2;

    /** What the decimals beyond {@link #COMPARED_DECIMALS} count for, when not all zeros. */
    private static final BigDecimal NUDGE = BigDecimal.ONE.movePointLeft(COMPARED_DECIMALS + 1);

    /** U+2212 MINUS SIGN, read as a hyphen-minus in numbers. */
    private static final char MINUS_SIGN = '\u2212';

    /** U+2013 EN DASH, which word processors put for " - ", read as a hyphen-minus in numbers. */
    private static final char EN_DASH = '\u2013';

    private static final int MAX_FILE_NAME = 255;

    /** What {@link #cents} returns for a text that is not an amount. */
    private static final long MALFORMED = -1;

    /** What {@link #cents} returns for a well-formed amount of more than 13 digits. */
    private static final long TOO_MANY_DIGITS = -2;

    /** What {@link #cents} returns for a well-formed amount with more than 2 decimals. */
    private static final long TOO_MANY_DECIMALS = -3;

    private static final LocalizedText YES = new LocalizedText("Oui", "Yes");
    private static final LocalizedText NO = new LocalizedText("Non", "No");

    private FieldChecks() {}

    static Violation missing(Field field, String path) {
        FieldType type = field.type();
        String key;
        if (type instanceof FieldType.SingleChoice) {
            key = "required.choice";
        } else if (type instanceof FieldType.MultipleChoice) {
            key = "required.choices";
        } else if (type instanceof FieldType.YesNo) {
            key = "required.yes-no";
        } else if (type instanceof FieldType.Address) {
            key = "required.address";
        } else if (type instanceof FieldType.Attachment) {
            key = "required.attachment";
        } else if (type instanceof FieldType.GeoPoint) {
            key = "required.geo-point";
        } else if (type instanceof FieldType.Group) {
            int min = Math.max(1, ((FieldType.Group) type).min());
            return new Violation(
                    path,
                    "required",
                    FormMessages.of(
                            min == 1 ? "required.group" : "group.too-few",
                            field,
                            Map.of("min", Integer.toString(min))));
        } else {
            key = "required";
        }
        return new Violation(path, "required", FormMessages.of(key, field));
    }

    static Checked check(Field field, RawAnswer raw, DateCheck.Today today) {
        FieldType type = field.type();
        if (type instanceof FieldType.Address) {
            return AddressCheck.check(field, raw);
        } else if (type instanceof FieldType.MultipleChoice) {
            return multipleChoice(field, (FieldType.MultipleChoice) type, raw);
        } else if (type instanceof FieldType.Attachment) {
            return attachments(field, (FieldType.Attachment) type, raw);
        } else if (type instanceof FieldType.GeoPoint) {
            return geoPoint(field, (FieldType.GeoPoint) type, raw);
        }
        if (!(raw instanceof RawAnswer.Text)) {
            return Checked.fail(field, "wrong-shape");
        }
        String text = ((RawAnswer.Text) raw).value();
        if (type instanceof FieldType.LongText) {
            return longText(field, text, ((FieldType.LongText) type).maxLength());
        }
        String value = Text.normalise(text);
        if (value.isEmpty()) {
            return Checked.EMPTY;
        }
        if (type instanceof FieldType.ShortText) {
            int max = ((FieldType.ShortText) type).maxLength();
            if (value.codePointCount(0, value.length()) > max) {
                return tooLong(field, max);
            }
            if (hasControl(value, false)) {
                return Checked.fail(field, "wrong-characters");
            }
            return Checked.ok(field, value, value, LocalizedText.same(value));
        } else if (type instanceof FieldType.DateField) {
            return DateCheck.check(field, value, ((FieldType.DateField) type).range(), today);
        } else if (type instanceof FieldType.YesNo) {
            return yesNo(field, value);
        } else if (type instanceof FieldType.SingleChoice) {
            Optional<Option> option = ((FieldType.SingleChoice) type).option(value);
            if (option.isEmpty()) {
                return Checked.fail(field, "choice.unknown");
            }
            return Checked.ok(field, value, value, option.get().label());
        } else if (type instanceof FieldType.Email) {
            return rule(field, EmailRule.INSTANCE, value);
        } else if (type instanceof FieldType.Phone) {
            RuleResult result = FrenchPhoneRule.ANY_COUNTRY.check(value);
            if (!(result instanceof RuleResult.Valid)) {
                return refused(field, FrenchPhoneRule.ANY_COUNTRY, result);
            }
            String e164 = ((RuleResult.Valid) result).normalised();
            return Checked.ok(
                    field, e164, e164, LocalizedText.same(FrenchPhoneRule.readBack(e164)));
        } else if (type instanceof FieldType.PersonName) {
            return rule(field, PersonNameRule.INSTANCE, value);
        } else if (type instanceof FieldType.Identifier) {
            return rule(field, ((FieldType.Identifier) type).identifier().rule(), value);
        } else if (type instanceof FieldType.IntegerNumber) {
            return integer(field, (FieldType.IntegerNumber) type, value);
        } else if (type instanceof FieldType.DecimalNumber) {
            return decimal(field, (FieldType.DecimalNumber) type, value);
        } else if (type instanceof FieldType.Amount) {
            return amount(field, (FieldType.Amount) type, value);
        }
        throw new IllegalStateException("No check for field type " + type.kind());
    }

    private static Checked rule(Field field, TextRule rule, String value) {
        RuleResult result = rule.check(value);
        if (result instanceof RuleResult.Valid) {
            String normalised = ((RuleResult.Valid) result).normalised();
            return Checked.ok(field, normalised, normalised, LocalizedText.same(normalised));
        }
        return refused(field, rule, result);
    }

    /**
     * The violation of a text rule's refusal: in the form's words, naming the field, when the form
     * bundles word that problem of that rule ({@link FormMessages#ofRule}); else in the rule's own
     * words, as for the identifiers, whose messages name them.
     */
    private static Checked refused(Field field, TextRule rule, RuleResult result) {
        var problem = ((RuleResult.Invalid) result).problem();
        LocalizedText message = FormMessages.ofRule(rule.code(), problem, field);
        if (message == null) {
            message =
                    new LocalizedText(
                            RuleMessages.message(rule.code(), problem, Locale.FRENCH),
                            RuleMessages.message(rule.code(), problem, Locale.ENGLISH));
        }
        return Checked.fail(field, field.id(), rule.code() + "." + problem.code(), message);
    }

    /**
     * Removes the spaces people type between groups of digits, such as "1 234", and reads the minus
     * sign U+2212, which word processors and spreadsheets put before a negative number, and the en
     * dash U+2013, which they put for a hyphen between spaces ("– 5"), as a hyphen-minus; a text
     * with none of them is returned as it is.
     */
    private static String numberText(String value) {
        int first = 0;
        while (first < value.length()
                && !isGroupingSpace(value.charAt(first))
                && value.charAt(first) != MINUS_SIGN
                && value.charAt(first) != EN_DASH) {
            first++;
        }
        if (first == value.length()) {
            return value;
        }
        StringBuilder out = new StringBuilder(value.length());
        out.append(value, 0, first);
        for (int i = first; i < value.length(); i++) {
            char c = value.charAt(i);
            if (c == MINUS_SIGN || c == EN_DASH) {
                out.append('-');
            } else if (!isGroupingSpace(c)) {
                out.append(c);
            }
        }
        return out.toString();
    }

    private static boolean isGroupingSpace(char c) {
        return c == ' ' || c == '\u00a0' || c == '\u202f' || c == '\u2009';
    }

    private static int integerDigits(String number) {
        int dot = number.indexOf('.');
        int end = dot < 0 ? number.length() : dot;
        int start = number.startsWith("-") || number.startsWith("+") ? 1 : 0;
        while (start < end - 1 && number.charAt(start) == '0') {
            start++;
        }
        return end - start;
    }

    /**
     * Reads a whole number. A number out of range gets the range message, whatever its form: "-5",
     * "+25", "1 000", a number of more than 15 digits (beyond any bound), or "25,5" out of range;
     * only a number in range with decimals is "not whole".
     */
    private static Checked integer(Field field, FieldType.IntegerNumber type, String value) {
        String number = numberText(value);
        if (!INTEGER.matcher(number).matches()) {
            String decimal = number.replace(',', '.');
            if (!DECIMAL.matcher(decimal).matches()) {
                return Checked.fail(field, "number.wrong-format");
            }
            BigDecimal min = BigDecimal.valueOf(type.min());
            BigDecimal max = BigDecimal.valueOf(type.max());
            Checked outOfRange =
                    integerDigits(decimal) > MAX_DIGITS
                            ? beyondBounds(field, decimal, min, max)
                            : outOfRange(field, comparable(decimal), min, max);
            return outOfRange != null ? outOfRange : Checked.fail(field, "number.not-whole");
        }
        if (integerDigits(number) > MAX_DIGITS) {
            return beyondBounds(
                    field, number, BigDecimal.valueOf(type.min()), BigDecimal.valueOf(type.max()));
        }
        long parsed = Long.parseLong(number.startsWith("+") ? number.substring(1) : number);
        if (parsed < type.min()) {
            return failNumber(field, "number.too-small", "min", BigDecimal.valueOf(type.min()));
        }
        if (parsed > type.max()) {
            return failNumber(field, "number.too-large", "max", BigDecimal.valueOf(type.max()));
        }
        String text = Long.toString(parsed);
        return Checked.ok(field, parsed, text, LocalizedText.same(text));
    }

    /**
     * Fails a number of more than 15 digits before its separator, beyond both bounds (which have 15
     * at most): below the minimum when negative, above the maximum otherwise.
     */
    private static Checked beyondBounds(
            Field field, String number, BigDecimal min, BigDecimal max) {
        return number.startsWith("-")
                ? failNumber(field, "number.too-small", "min", min)
                : failNumber(field, "number.too-large", "max", max);
    }

    /** The range violation of a number, or null when it is within the bounds. */
    private static @Nullable Checked outOfRange(
            Field field, BigDecimal value, BigDecimal min, BigDecimal max) {
        if (value.compareTo(min) < 0) {
            return failNumber(field, "number.too-small", "min", min);
        }
        if (value.compareTo(max) > 0) {
            return failNumber(field, "number.too-large", "max", max);
        }
        return null;
    }

    private static Map<String, String> bound(String name, long value) {
        return Map.of(name, Long.toString(value));
    }

    /**
     * Reads a number with decimals. A number out of range gets the range message, whatever its
     * form, before its decimals are counted: "-5", "+5", "1 234,5", "12,3456" out of range.
     */
    private static Checked decimal(Field field, FieldType.DecimalNumber type, String value) {
        String number = numberText(value).replace(',', '.');
        if (!DECIMAL.matcher(number).matches()) {
            return Checked.fail(field, "number.wrong-format");
        }
        Checked outOfRange =
                integerDigits(number) > MAX_DIGITS
                        ? beyondBounds(field, number, type.min(), type.max())
                        : outOfRange(field, comparable(number), type.min(), type.max());
        if (outOfRange != null) {
            return outOfRange;
        }
        int dot = number.indexOf('.');
        int end = number.length();
        if (dot >= 0 && end - dot - 1 > type.scale()) {
            // Trailing zeros beyond the scale say nothing ("12,500" is 12,5): they are left out
            // in the text, in linear time.
            while (end > dot + 1 && number.charAt(end - 1) == '0') {
                end--;
            }
            if (end - dot - 1 > type.scale()) {
                return Checked.fail(
                        field,
                        "number.too-many-decimals",
                        Map.of("scale", Integer.toString(type.scale())));
            }
            if (end == dot + 1) {
                end = dot;
            }
        }
        BigDecimal parsed = new BigDecimal(withoutLeadingZeros(number, end));
        String text = parsed.toPlainString();
        return Checked.ok(field, parsed, text, new LocalizedText(french(text), text));
    }

    /**
     * A well-formed decimal text, an optional sign then digits and, after a point or a comma, more
     * digits, of at most 15 significant digits before its separator, as a number that compares with
     * bounds of at most {@link FieldType.DecimalNumber#MAX_SCALE} decimals exactly as the whole
     * text would, read in linear time however long the text: leading zeros and the trailing zeros
     * of the decimals are left out, and decimals beyond {@link #COMPARED_DECIMALS}, when not all
     * zeros, are replaced by a nudge away from zero smaller than they could make up. A number of
     * every digit would cost time quadratic in the length (a long answer of 200 000 zeros took
     * seconds).
     */
    static BigDecimal comparable(String text) {
        int start = 0;
        boolean negative = false;
        if (!text.isEmpty() && (text.charAt(0) == '-' || text.charAt(0) == '+')) {
            negative = text.charAt(0) == '-';
            start = 1;
        }
        int separator = -1;
        for (int i = start; i < text.length() && separator < 0; i++) {
            char c = text.charAt(i);
            if (c == '.' || c == ',') {
                separator = i;
            }
        }
        int wholeEnd = separator < 0 ? text.length() : separator;
        int first = start;
        while (first < wholeEnd - 1 && text.charAt(first) == '0') {
            first++;
        }
        StringBuilder kept = new StringBuilder(wholeEnd - first + COMPARED_DECIMALS + 2);
        if (negative) {
            kept.append('-');
        }
        kept.append(text, first, wholeEnd);
        boolean cut = false;
        if (separator >= 0) {
            int end = text.length();
            while (end > separator + 1 && text.charAt(end - 1) == '0') {
                end--;
            }
            if (end > separator + 1) {
                cut = end - separator - 1 > COMPARED_DECIMALS;
                kept.append('.')
                        .append(text, separator + 1, cut ? separator + 1 + COMPARED_DECIMALS : end);
            }
        }
        BigDecimal value = new BigDecimal(kept.toString());
        return !cut ? value : negative ? value.subtract(NUDGE) : value.add(NUDGE);
    }

    /** {@code text[0, end)} without the zeros that lead its whole part, its sign kept but +. */
    private static String withoutLeadingZeros(String text, int end) {
        int start = text.startsWith("-") || text.startsWith("+") ? 1 : 0;
        int first = start;
        while (first < end - 1 && text.charAt(first) == '0' && text.charAt(first + 1) != '.') {
            first++;
        }
        String digits = text.substring(first, end);
        return text.startsWith("-") ? "-" + digits : digits;
    }

    /**
     * Fails a number out of range, its bound written as each language writes numbers: digits in
     * groups of three from 1 000, with a narrow no-break space and a decimal comma in French
     * ({@code 12 500,5}), with commas and a decimal point in English ({@code 12,500.5}), as amounts
     * are ({@link Money}).
     */
    private static Checked failNumber(Field field, String code, String name, BigDecimal bound) {
        String plain = bound.toPlainString();
        return failIn(field, code, name, grouped(plain, '\u202f', ','), grouped(plain, ',', '.'));
    }

    /** A plain number ({@code -12500.5}) with its whole part grouped by three from 1 000. */
    static String grouped(String plain, char thousands, char decimal) {
        int start = plain.startsWith("-") ? 1 : 0;
        int point = plain.indexOf('.');
        int end = point < 0 ? plain.length() : point;
        StringBuilder out = new StringBuilder(plain.length() + (end - start) / 3 + 1);
        out.append(plain, 0, start);
        for (int i = start; i < end; i++) {
            if (i > start && end - start > 3 && (end - i) % 3 == 0) {
                out.append(thousands);
            }
            out.append(plain.charAt(i));
        }
        if (point >= 0) {
            out.append(decimal).append(plain, point + 1, plain.length());
        }
        return out.toString();
    }

    private static Checked failAmount(Field field, String code, String name, long cents) {
        return failIn(field, code, name, Money.french(cents), Money.english(cents));
    }

    /** Fails with a value written differently in French and in English. */
    private static Checked failIn(Field field, String code, String name, String fr, String en) {
        return Checked.fail(
                field,
                field.id(),
                code,
                FormMessages.of(code, field, Map.of(name, fr), Map.of(name, en)));
    }

    private static String french(String plain) {
        return plain.replace('.', ',');
    }

    /**
     * Reads an amount in euros: "12,50", "12.50", "12,5 €", "€12.50", "1 234,50 EUR" are 12.50. A
     * point or a comma is the decimal separator; thousands are grouped by spaces only, since
     * "1.234" could be either. A sign may come first, or after a leading euro sign ("-5", "+5",
     * "-€5", "€-5").
     *
     * <p>A well-formed number out of range gets the range message, whatever its form: a negative
     * amount is below the minimum (0 or more), an amount of more than 13 digits before the
     * separator is above the maximum, and an amount with more than 2 decimals out of range is out
     * of range before it is of the wrong form.
     */
    private static Checked amount(Field field, FieldType.Amount type, String value) {
        String number = numberText(value);
        int start = 0;
        int end = number.length();
        if (number.endsWith("€")) {
            end--;
        } else if (end >= 3 && number.regionMatches(true, end - 3, "eur", 0, 3)) {
            end -= 3;
        }
        boolean negative = false;
        if (start < end && isSign(number.charAt(start))) {
            negative = number.charAt(start++) == '-';
        }
        if (start < end && number.charAt(start) == '€' && end == number.length()) {
            start++;
            if (start == 1 && start < end && isSign(number.charAt(start))) {
                negative = number.charAt(start++) == '-';
            }
        }
        long cents = cents(number, start, end);
        if (cents == MALFORMED) {
            return Checked.fail(field, "amount.wrong-format");
        }
        if (cents == TOO_MANY_DIGITS) {
            return negative
                    ? failAmount(field, "amount.too-small", "min", type.minCents())
                    : failAmount(field, "amount.too-large", "max", type.maxCents());
        }
        if (cents == TOO_MANY_DECIMALS) {
            BigDecimal exact = comparable(number.substring(start, end));
            BigDecimal inCents = (negative ? exact.negate() : exact).movePointRight(2);
            if (inCents.compareTo(BigDecimal.valueOf(type.minCents())) < 0) {
                return failAmount(field, "amount.too-small", "min", type.minCents());
            }
            if (inCents.compareTo(BigDecimal.valueOf(type.maxCents())) > 0) {
                return failAmount(field, "amount.too-large", "max", type.maxCents());
            }
            return Checked.fail(field, "amount.wrong-format");
        }
        long signed = negative ? -cents : cents;
        if (signed < type.minCents()) {
            return failAmount(field, "amount.too-small", "min", type.minCents());
        }
        if (signed > type.maxCents()) {
            return failAmount(field, "amount.too-large", "max", type.maxCents());
        }
        return Checked.ok(
                field,
                BigDecimal.valueOf(signed, 2),
                Money.plain(signed),
                new LocalizedText(Money.french(signed), Money.english(signed)));
    }

    private static boolean isSign(char c) {
        return c == '-' || c == '+';
    }

    /**
     * Reads {@code text[start, end)} as euros without a sign: digits, then a point or a comma and
     * one or more digits.
     *
     * @return the amount in cents; or {@link #MALFORMED} for any other text, {@link
     *     #TOO_MANY_DIGITS} for more than {@code MAX_DIGITS - 2} digits before the separator,
     *     leading zeros aside, {@link #TOO_MANY_DECIMALS} for more than 2 digits after it
     */
    private static long cents(String text, int start, int end) {
        long whole = 0;
        int digits = 0;
        int significant = 0;
        int i = start;
        for (; i < end; i++) {
            char c = text.charAt(i);
            if (c < '0' || c > '9') {
                break;
            }
            if (significant > 0 || c != '0') {
                significant++;
            }
            if (significant <= MAX_DIGITS - 2) {
                whole = whole * 10 + (c - '0');
            }
            digits++;
        }
        if (digits == 0) {
            return MALFORMED;
        }
        int decimals = end - i - 1;
        if (i < end) {
            char separator = text.charAt(i);
            if ((separator != '.' && separator != ',') || decimals < 1) {
                return MALFORMED;
            }
            for (int j = i + 1; j < end; j++) {
                char c = text.charAt(j);
                if (c < '0' || c > '9') {
                    return MALFORMED;
                }
            }
        }
        if (significant > MAX_DIGITS - 2) {
            return TOO_MANY_DIGITS;
        }
        if (i == end) {
            return whole * 100;
        }
        if (decimals > 2) {
            return TOO_MANY_DECIMALS;
        }
        int fraction = 0;
        for (int j = i + 1; j < end; j++) {
            fraction = fraction * 10 + (text.charAt(j) - '0');
        }
        return whole * 100 + (decimals == 1 ? fraction * 10 : fraction);
    }

    private static Checked multipleChoice(
            Field field, FieldType.MultipleChoice type, RawAnswer raw) {
        List<Option> options = type.options();
        Ticks ticks = new Ticks(options.size());
        if (raw instanceof RawAnswer.Text) {
            String text = ((RawAnswer.Text) raw).value();
            int start = 0;
            while (start <= text.length()) {
                int comma = text.indexOf(',', start);
                int end = comma < 0 ? text.length() : comma;
                ticks.tick(options, Text.normalise(text.substring(start, end)));
                start = end + 1;
            }
        } else if (raw instanceof RawAnswer.Items) {
            List<RawAnswer> items = ((RawAnswer.Items) raw).items();
            for (int i = 0; i < items.size(); i++) {
                RawAnswer item = items.get(i);
                if (!(item instanceof RawAnswer.Text)) {
                    return Checked.fail(field, "wrong-shape");
                }
                ticks.tick(options, Text.normalise(((RawAnswer.Text) item).value()));
            }
        } else {
            return Checked.fail(field, "wrong-shape");
        }
        if (ticks.count == 0 && !ticks.unknown) {
            return Checked.EMPTY;
        }
        if (ticks.unknown) {
            return Checked.fail(field, "choice.unknown");
        }
        if (ticks.count < type.min()) {
            return Checked.fail(field, "choice.too-few", bound("min", type.min()));
        }
        if (ticks.count > type.max()) {
            return Checked.fail(field, "choice.too-many", bound("max", type.max()));
        }
        // The codes and labels in the order of the options, whatever the order sent.
        String[] codes = new String[ticks.count];
        String[] fr = new String[ticks.count];
        String[] en = new String[ticks.count];
        int at = 0;
        for (int i = 0; i < options.size(); i++) {
            if (ticks.chosen[i]) {
                Option option = options.get(i);
                codes[at] = option.code();
                fr[at] = option.label().fr();
                en[at++] = option.label().en();
            }
        }
        return Checked.ok(
                field,
                List.of(codes),
                String.join(",", codes),
                new LocalizedText(String.join(", ", fr), String.join(", ", en)));
    }

    /**
     * The options ticked, each once however often it is sent; an empty code is no code. Once a code
     * is not an option the answer is refused, and no later code is looked up: the search stays
     * short whatever is sent.
     */
    private static final class Ticks {
        final boolean[] chosen;
        int count;
        boolean unknown;

        Ticks(int options) {
            this.chosen = new boolean[options];
        }

        void tick(List<Option> options, String code) {
            if (code.isEmpty() || unknown) {
                return;
            }
            for (int i = 0; i < options.size(); i++) {
                if (options.get(i).code().equals(code)) {
                    if (!chosen[i]) {
                        chosen[i] = true;
                        count++;
                    }
                    return;
                }
            }
            unknown = true;
        }
    }

    private static Checked attachments(Field field, FieldType.Attachment type, RawAnswer raw) {
        List<RawAnswer> files;
        if (raw instanceof RawAnswer.Group) {
            files = List.of(raw);
        } else if (raw instanceof RawAnswer.Items) {
            files = ((RawAnswer.Items) raw).items();
        } else {
            return Checked.fail(field, "wrong-shape");
        }
        if (files.isEmpty()) {
            return Checked.EMPTY;
        }
        if (files.size() > type.maxCount()) {
            return Checked.fail(field, "attachment.too-many", bound("max", type.maxCount()));
        }
        AttachmentAnswer[] described = new AttachmentAnswer[files.size()];
        int length = 0;
        for (int f = 0; f < described.length; f++) {
            RawAnswer file = files.get(f);
            if (!(file instanceof RawAnswer.Group)) {
                return Checked.fail(field, "wrong-shape");
            }
            Map<String, RawAnswer> parts = ((RawAnswer.Group) file).parts();
            if (!onlyParts(parts, FieldType.Attachment.PARTS)) {
                return Checked.fail(field, "wrong-shape");
            }
            String name = text(parts.get("name"));
            String mediaType = text(parts.get("mediaType"));
            String size = text(parts.get("size"));
            long bytes = size == null || !isSize(size) ? 0 : Long.parseLong(size);
            if (name == null
                    || mediaType == null
                    || name.length() > MAX_FILE_NAME
                    || hasControl(name, false)
                    || bytes < 1) {
                return Checked.fail(field, "wrong-shape");
            }
            String media = mediaType.toLowerCase(Locale.ROOT);
            if (!type.mediaTypes().contains(media)) {
                return Checked.fail(
                        field, "attachment.wrong-type", Map.of("types", Files.types(type)));
            }
            if (bytes > type.maxBytes()) {
                return failIn(
                        field,
                        "attachment.too-big",
                        "max",
                        Files.size(type.maxBytes(), true),
                        Files.size(type.maxBytes(), false));
            }
            described[f] = new AttachmentAnswer(name, media, bytes);
            // The size as typed is at least as long as its digits once read: enough room.
            length +=
                    2
                            + Canonical.length("name", name)
                            + Canonical.length("mediaType", media)
                            + Canonical.length("size", size);
        }
        StringBuilder canonical = new StringBuilder(length);
        for (AttachmentAnswer file : described) {
            canonical.append('[');
            Canonical.append(canonical, "name", file.name());
            Canonical.append(canonical, "mediaType", file.mediaType());
            Canonical.append(canonical, "size", Long.toString(file.size()));
            canonical.append(']');
        }
        String names;
        if (described.length == 1) {
            names = described[0].name();
        } else {
            StringJoiner joined = new StringJoiner(", ");
            for (AttachmentAnswer file : described) {
                joined.add(file.name());
            }
            names = joined.toString();
        }
        return Checked.ok(
                field, List.of(described), canonical.toString(), LocalizedText.same(names));
    }

    /** Tells whether every part named is one of the parts a value of its type has. */
    private static boolean onlyParts(Map<String, RawAnswer> parts, Set<String> known) {
        for (String name : parts.keySet()) {
            if (!known.contains(name)) {
                return false;
            }
        }
        return true;
    }

    private static Checked geoPoint(Field field, FieldType.GeoPoint type, RawAnswer raw) {
        if (!(raw instanceof RawAnswer.Group)) {
            return Checked.fail(field, "wrong-shape");
        }
        Map<String, RawAnswer> parts = ((RawAnswer.Group) raw).parts();
        if (parts.isEmpty()) {
            return Checked.EMPTY;
        }
        if (!onlyParts(parts, FieldType.GeoPoint.PARTS)) {
            return Checked.fail(field, "wrong-shape");
        }
        String lat = text(parts.get("lat"));
        String lon = text(parts.get("lon"));
        if (lat == null
                || lon == null
                || !DEGREES.matcher(lat).matches()
                || !DEGREES.matcher(lon).matches()) {
            return Checked.fail(field, "geo-point.wrong-format");
        }
        BigDecimal latitude = new BigDecimal(lat);
        BigDecimal longitude = new BigDecimal(lon);
        if (latitude.abs().compareTo(BigDecimal.valueOf(90)) > 0
                || longitude.abs().compareTo(BigDecimal.valueOf(180)) > 0) {
            return Checked.fail(field, "geo-point.wrong-format");
        }
        if (type.box() != null && !type.box().contains(latitude, longitude)) {
            return Checked.fail(field, "geo-point.outside");
        }
        String text = latitude.toPlainString() + "," + longitude.toPlainString();
        return Checked.ok(
                field,
                new Coordinates(latitude, longitude),
                text,
                LocalizedText.same(latitude.toPlainString() + ", " + longitude.toPlainString()));
    }

    /** One to twelve ASCII digits: a file size in bytes, read without a regular expression. */
    private static boolean isSize(String size) {
        int length = size.length();
        if (length < 1 || length > 12) {
            return false;
        }
        for (int i = 0; i < length; i++) {
            char c = size.charAt(i);
            if (c < '0' || c > '9') {
                return false;
            }
        }
        return true;
    }

    private static @Nullable String text(@Nullable RawAnswer raw) {
        if (!(raw instanceof RawAnswer.Text)) {
            return null;
        }
        String value = Text.normalise(((RawAnswer.Text) raw).value());
        return value.isEmpty() ? null : value;
    }

    private static Checked longText(Field field, String text, int max) {
        String value = normaliseLines(text);
        if (value.isEmpty()) {
            return Checked.EMPTY;
        }
        if (value.codePointCount(0, value.length()) > max) {
            return tooLong(field, max);
        }
        if (hasControl(value, true)) {
            return Checked.fail(field, "wrong-characters");
        }
        return Checked.ok(field, value, value, LocalizedText.same(value));
    }

    /** Normalises each line as a short text would be, keeping the line breaks. */
    static String normaliseLines(String text) {
        // Lines end with \n, \r\n or \r; each is read where it lies, in one pass.
        int length = text.length();
        StringBuilder out = new StringBuilder(length);
        int start = 0;
        while (true) {
            int end = start;
            while (end < length && text.charAt(end) != '\n' && text.charAt(end) != '\r') {
                end++;
            }
            if (out.length() > 0) {
                out.append('\n');
            }
            out.append(Text.normalise(text.substring(start, end)));
            if (end == length) {
                return out.toString().strip();
            }
            start = text.startsWith("\r\n", end) ? end + 2 : end + 1;
        }
    }

    private static Checked yesNo(Field field, String value) {
        switch (value.toLowerCase(Locale.ROOT)) {
            case "true", "oui", "yes":
                return Checked.ok(field, Boolean.TRUE, "true", YES);
            case "false", "non", "no":
                return Checked.ok(field, Boolean.FALSE, "false", NO);
            default:
                return Checked.fail(field, "yes-no.unknown");
        }
    }

    /**
     * Finds characters no one types on purpose and that can hide or reorder text: control
     * characters, unpaired surrogates (not text at all), and the bidirectional embedding, override
     * and isolate controls U+202A to U+202E and U+2066 to U+2069 (Unicode Standard Annex 9; the
     * "Trojan Source" reordering, CVE-2021-42574).
     */
    private static boolean hasControl(String value, boolean allowLineBreaks) {
        for (int i = 0; i < value.length(); i++) {
            char c = value.charAt(i);
            if ((c >= ' ' && c < '\u007f') || (allowLineBreaks && (c == '\n' || c == '\t'))) {
                continue;
            }
            if (Character.isISOControl(c)
                    || (c >= '\u202A' && c <= '\u202E')
                    || (c >= '\u2066' && c <= '\u2069')) {
                return true;
            }
            if (Character.isHighSurrogate(c)
                    && i + 1 < value.length()
                    && Character.isLowSurrogate(value.charAt(i + 1))) {
                i++;
            } else if (Character.isSurrogate(c)) {
                return true;
            }
        }
        return false;
    }

    private static Checked tooLong(Field field, int max) {
        return Checked.fail(field, "too-long", bound("max", max));
    }
}
