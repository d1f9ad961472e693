package io.portail.forms.definition;

import io.portail.forms.constraints.Age;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.Period;
import java.time.format.DateTimeParseException;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;

/** Reads the numbers and dates that comparisons compare. Internal to the package. */
final class Bounds {
    static final String TODAY = "today";

    private static final Pattern DATE = Pattern.compile("[0-9]{4}-[0-9]{2}-[0-9]{2}");
    private static final Pattern NUMBER = Pattern.compile("-?[0-9]{1,20}(\\.[0-9]{1,10})?");

    /**
     * {@code today}, then optionally a sign and an ISO 8601 duration of years, months, weeks and
     * days in the form {@code PnYnMnWnD} that {@link Period#parse} reads: capitals, no time part,
     * no sign inside, at least one number, each of a few digits.
     */
    private static final Pattern RELATIVE =
            Pattern.compile(
                    "today(?:([+-])(P(?=[0-9])(?:[0-9]{1,4}Y)?(?:[0-9]{1,4}M)?(?:[0-9]{1,4}W)?"
                            + "(?:[0-9]{1,5}D)?))?");

    /** Four consecutive years, the second a leap year, on which relative bounds are ordered. */
    private static final LocalDate CYCLE_START = LocalDate.of(2023, 1, 1);

    private static final int CYCLE_DAYS = 4 * 365 + 1;

    private Bounds() {}

    /** A fixed value: a date, a number, or null when the text is neither. */
    static @Nullable Object of(String text) {
        if (DATE.matcher(text).matches()) {
            try {
                return LocalDate.parse(text);
            } catch (DateTimeParseException e) {
                return null;
            }
        }
        if (NUMBER.matcher(text).matches()) {
            return new BigDecimal(text);
        }
        return null;
    }

    /** The signed period of a bound relative to today, or null when the bound is not one. */
    static @Nullable Period relative(String text) {
        if (!text.startsWith(TODAY)) {
            return null;
        }
        Matcher matcher = RELATIVE.matcher(text);
        if (!matcher.matches()) {
            return null;
        }
        if (matcher.group(1) == null) {
            return Period.ZERO;
        }
        Period period = Period.parse(matcher.group(2));
        return matcher.group(1).equals("-") ? period.negated() : period;
    }

    /**
     * The day a relative bound stands for.
     *
     * <p>java.time adds the years and months first, keeping the day of the month or, when that
     * month is shorter, its last day, then adds the days. One exception keeps whole years
     * consistent with {@link Age}: a bound of whole years before today ({@code today-PnY}, no
     * months, weeks or days) is the last day whose n-th anniversary, as {@link Age#reached} counts
     * it, is on or before today. It differs from java.time only on 28 February of a common year
     * reaching back to a leap year: the bound is then 29 February, since a person born on 29
     * February reaches an age on 28 February in common years (circular of 25 July 2013 on electoral
     * lists; article 641 of the Code de procédure civile). Forward bounds ({@code today+PnY}) keep
     * java.time's day, which is already article 641's: the same day of the month, or the last day
     * of the month when there is none.
     */
    static LocalDate on(Period period, LocalDate today) {
        LocalDate day = today.plus(period);
        if (period.getYears() < 0 && period.getMonths() == 0 && period.getDays() == 0) {
            LocalDate next = day.plusDays(1);
            if (!Age.reached(next, -period.getYears()).isAfter(today)) {
                return next;
            }
        }
        return day;
    }

    /**
     * Tells whether a lower bound can be at or below an upper bound. Two numbers and two fixed
     * dates compare once. Two bounds relative to today compare on every day of four consecutive
     * years (every length of month, a leap year and the years around it): they are out of order
     * only when the lower is after the upper on each of those days, so a pair whose order depends
     * on the day, such as {@code today-P1M} and {@code today-P30D}, is in order. Any other pair (a
     * fixed date and a relative one, a number and a date) is left to the other checks.
     */
    @SuppressWarnings("unchecked")
    static boolean inOrder(String low, String high) {
        Period lowPeriod = relative(low);
        Period highPeriod = relative(high);
        if (lowPeriod != null && highPeriod != null) {
            LocalDate day = CYCLE_START;
            for (int i = 0; i < CYCLE_DAYS; i++) {
                if (!on(lowPeriod, day).isAfter(on(highPeriod, day))) {
                    return true;
                }
                day = day.plusDays(1);
            }
            return false;
        }
        Object left = of(low);
        Object right = of(high);
        if (left == null || right == null || left.getClass() != right.getClass()) {
            return true;
        }
        return ((Comparable<Object>) left).compareTo(right) <= 0;
    }

    @SuppressWarnings("unchecked")
    static @Nullable Integer compare(String value, String bound, LocalDate today) {
        Object left = of(value);
        Period period = relative(bound);
        Object right = period != null ? on(period, today) : of(bound);
        if (left == null || right == null || left.getClass() != right.getClass()) {
            return null;
        }
        return ((Comparable<Object>) left).compareTo(right);
    }
}
