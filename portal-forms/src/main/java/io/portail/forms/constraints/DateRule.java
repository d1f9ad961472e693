package io.portail.forms.constraints;

import static java.util.Objects.requireNonNull;

import io.portail.forms.value.Text;
import java.time.Clock;
import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * A calendar date typed as {@code dd/mm/yyyy} (the French way) or {@code yyyy-mm-dd} (ISO 8601),
 * with optional bounds.
 *
 * <p>Day and month may have one or two digits; the year has four. In the day-first form, dots and
 * hyphens are accepted as separators too ({@code 14.07.2024}, {@code 14-07-2024}); spaces are
 * ignored. A text of the right shape naming a day that does not exist ({@code 31/02/2024}, {@code
 * 29/02/2025}, month 13, year 0000) is {@link Problem#NOT_A_REAL_DATE}; a text of another shape is
 * {@link Problem#WRONG_FORMAT}. The normalised value is ISO 8601, {@code 2024-07-14}.
 *
 * <p>Every rule refuses a year before {@link #FIRST_PLAUSIBLE_YEAR} as {@link
 * Problem#OUT_OF_RANGE}, before any bound: such a year is a two-digit year padded with zeros
 * ({@code 14/07/0091} typed for 1991), never a date a resident means. The forms engine and the Bean
 * Validation annotation {@link io.portail.forms.constraints.annotation.CalendarDate} both read
 * dates with this rule, so both refuse it.
 *
 * <p>Bounds are inclusive. Rules that depend on today ({@link #notInFuture(Clock)}, {@link
 * #notInPast(Clock)}) read it from their clock at each check, in the clock's zone: give them a
 * clock in the commune's zone. {@link #notInFuture(LocalDate)} and {@link #notInPast(LocalDate)}
 * judge on the day they are given, for a caller that reads today once for many checks (the forms
 * engine reads it once per validation); they keep the codes of the rules with a clock. Immutable
 * and thread-safe.
 */
public final class DateRule implements TextRule {
    /** The first year accepted: earlier years are {@link Problem#OUT_OF_RANGE}. */
    public static final int FIRST_PLAUSIBLE_YEAR = 1000;

    private static final int MAX_RAW_LENGTH = 64;

    private final String code;
    private final @Nullable LocalDate min;
    private final @Nullable LocalDate max;
    private final @Nullable Clock clock;
    private final boolean clockIsMax;

    private DateRule(
            String code,
            @Nullable LocalDate min,
            @Nullable LocalDate max,
            @Nullable Clock clock,
            boolean clockIsMax) {
        this.code = code;
        this.min = min;
        this.max = max;
        this.clock = clock;
        this.clockIsMax = clockIsMax;
    }

    /**
     * Returns the rule for any real date, code {@code date}.
     *
     * @return the rule
     */
    public static DateRule any() {
        return new DateRule("date", null, null, null, false);
    }

    /**
     * Returns the rule for a date between two dates, both included, code {@code date}.
     *
     * @param min the earliest date accepted
     * @param max the latest date accepted
     * @return the rule; an earlier date is {@link Problem#TOO_EARLY}, a later one {@link
     *     Problem#TOO_LATE}
     * @throws NullPointerException if an argument is null
     * @throws IllegalArgumentException if {@code min} is after {@code max}
     */
    public static DateRule between(LocalDate min, LocalDate max) {
        requireNonNull(min, "min");
        requireNonNull(max, "max");
        if (min.isAfter(max)) {
            throw new IllegalArgumentException("Earliest date after latest date: " + min);
        }
        return new DateRule("date", min, max, null, false);
    }

    /**
     * Returns the rule for a date today or before, such as a date of birth, code {@code past-date}.
     *
     * @param clock the clock telling today, in the commune's zone
     * @return the rule; a later date is {@link Problem#TOO_LATE}
     * @throws NullPointerException if {@code clock} is null
     */
    public static DateRule notInFuture(Clock clock) {
        return new DateRule("past-date", null, null, requireNonNull(clock, "clock"), true);
    }

    /**
     * Returns the rule for a date on or before a given day, such as a date of birth judged on a day
     * already known, code {@code past-date}.
     *
     * @param today the last day accepted, in the commune's zone
     * @return the rule; a later date is {@link Problem#TOO_LATE}
     * @throws NullPointerException if {@code today} is null
     */
    public static DateRule notInFuture(LocalDate today) {
        return new DateRule("past-date", null, requireNonNull(today, "today"), null, true);
    }

    /**
     * Returns the rule for a date on or after a given day, code {@code future-date}.
     *
     * @param today the first day accepted, in the commune's zone
     * @return the rule; an earlier date is {@link Problem#TOO_EARLY}
     * @throws NullPointerException if {@code today} is null
     */
    public static DateRule notInPast(LocalDate today) {
        return new DateRule("future-date", requireNonNull(today, "today"), null, null, false);
    }

    /**
     * Returns the rule for a date today or after, such as a wished appointment, code {@code
     * future-date}.
     *
     * @param clock the clock telling today, in the commune's zone
     * @return the rule; an earlier date is {@link Problem#TOO_EARLY}
     * @throws NullPointerException if {@code clock} is null
     */
    public static DateRule notInPast(Clock clock) {
        return new DateRule("future-date", null, null, requireNonNull(clock, "clock"), false);
    }

    @Override
    public String code() {
        return code;
    }

    @Override
    public RuleResult check(String input) {
        requireNonNull(input, "input");
        if (input.length() > MAX_RAW_LENGTH) {
            return RuleResult.invalid(Problem.WRONG_FORMAT);
        }
        String text = Text.compact(input);
        if (text.isEmpty()) {
            return RuleResult.invalid(Problem.MISSING);
        }
        int[] parts = fields(text);
        if (parts == null) {
            return RuleResult.invalid(Problem.WRONG_FORMAT);
        }
        LocalDate date;
        try {
            date = LocalDate.of(parts[0], parts[1], parts[2]);
        } catch (DateTimeException e) {
            return RuleResult.invalid(Problem.NOT_A_REAL_DATE);
        }
        // Year 0 does not exist in the calendar either (1 BC is followed by AD 1), but what is
        // wrong is the year, not the day or the month: it is asked again as any year before
        // FIRST_PLAUSIBLE_YEAR is.
        if (parts[0] < FIRST_PLAUSIBLE_YEAR) {
            return RuleResult.invalid(Problem.OUT_OF_RANGE);
        }
        LocalDate earliest = min;
        LocalDate latest = max;
        if (clock != null) {
            LocalDate today = LocalDate.now(clock);
            if (clockIsMax) {
                latest = today;
            } else {
                earliest = today;
            }
        }
        if (earliest != null && date.isBefore(earliest)) {
            return RuleResult.invalid(Problem.TOO_EARLY);
        }
        if (latest != null && date.isAfter(latest)) {
            return RuleResult.invalid(Problem.TOO_LATE);
        }
        return RuleResult.valid(iso(date));
    }

    /**
     * The date as ISO 8601 writes it, {@code yyyy-mm-dd}, as {@link LocalDate#toString()} does for
     * the four-digit years this rule accepts, without its builder.
     */
    static String iso(LocalDate date) {
        int year = date.getYear();
        if (year < 0 || year > 9999) {
            return date.toString();
        }
        int month = date.getMonthValue();
        int day = date.getDayOfMonth();
        char[] out = {
            (char) ('0' + year / 1000),
            (char) ('0' + year / 100 % 10),
            (char) ('0' + year / 10 % 10),
            (char) ('0' + year % 10),
            '-',
            (char) ('0' + month / 10),
            (char) ('0' + month % 10),
            '-',
            (char) ('0' + day / 10),
            (char) ('0' + day % 10)
        };
        return new String(out);
    }

    /**
     * Reads a date with this rule.
     *
     * @param input what the resident typed
     * @return the date, or empty when {@link #check(String)} refuses it
     * @throws NullPointerException if {@code input} is null
     */
    public Optional<LocalDate> parse(String input) {
        return check(input) instanceof RuleResult.Valid valid
                ? Optional.of(LocalDate.parse(valid.normalised()))
                : Optional.empty();
    }

    /** Year, month, day, or null when the text has neither accepted shape. */
    private static int @Nullable [] fields(String text) {
        int first = 0;
        while (first < text.length() && isDigit(text.charAt(first))) {
            first++;
        }
        if (first == text.length() || first == 0) {
            return null;
        }
        char separator = text.charAt(first);
        int second = text.indexOf(separator, first + 1);
        if (second < 0 || text.indexOf(separator, second + 1) >= 0) {
            return null;
        }
        int end = text.length();
        if (!digits(text, first + 1, second, 1, 2)) {
            return null;
        }
        if (separator == '-'
                && digits(text, 0, first, 4, 4)
                && digits(text, second + 1, end, 1, 2)) {
            return new int[] {
                toInt(text, 0, first), toInt(text, first + 1, second), toInt(text, second + 1, end)
            };
        }
        boolean dayFirst = separator == '/' || separator == '.' || separator == '-';
        if (dayFirst && digits(text, 0, first, 1, 2) && digits(text, second + 1, end, 4, 4)) {
            return new int[] {
                toInt(text, second + 1, end), toInt(text, first + 1, second), toInt(text, 0, first)
            };
        }
        return null;
    }

    /** Whether {@code text[from, to)} is a run of ASCII digits of a length within the bounds. */
    private static boolean digits(String text, int from, int to, int minLength, int maxLength) {
        int length = to - from;
        if (length < minLength || length > maxLength) {
            return false;
        }
        for (int i = from; i < to; i++) {
            if (!isDigit(text.charAt(i))) {
                return false;
            }
        }
        return true;
    }

    private static boolean isDigit(char c) {
        return c >= '0' && c <= '9';
    }

    /** The value of a run of at most four ASCII digits, already checked. */
    private static int toInt(String text, int from, int to) {
        int value = 0;
        for (int i = from; i < to; i++) {
            value = value * 10 + (text.charAt(i) - '0');
        }
        return value;
    }
}
