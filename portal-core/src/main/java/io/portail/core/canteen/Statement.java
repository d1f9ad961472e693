package io.portail.core.canteen;

import static java.util.Objects.requireNonNull;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * A family's monthly canteen statement: one line per child and meal day, and the total. Immutable
 * and thread-safe; {@code toString} shows the month, the account, the number of lines and the total
 * only.
 *
 * @param account the family's account code
 * @param month the month
 * @param lines the lines, by day then child
 * @param totalCents the amount due, in euro cents
 */
public record Statement(String account, YearMonth month, List<Line> lines, long totalCents) {

    /**
     * One meal on a statement.
     *
     * @param child the child
     * @param day the day of the meal
     * @param excuse why the meal is not billed, or null when it is billed
     * @param priceCents the amount billed in euro cents, zero when excused
     */
    public record Line(ChildId child, LocalDate day, @Nullable Excuse excuse, long priceCents) {
        /**
         * Checks the parts.
         *
         * @param child the child
         * @param day the day of the meal
         * @param excuse why the meal is not billed, or null
         * @param priceCents the amount billed
         * @throws IllegalArgumentException if the amount is negative, or not zero when excused
         */
        public Line {
            requireNonNull(child, "child");
            requireNonNull(day, "day");
            if (priceCents < 0 || (excuse != null && priceCents != 0)) {
                throw new IllegalArgumentException(
                        "A line's amount is not negative, and zero when excused");
            }
        }
    }

    /**
     * Checks the parts and that the total is the sum of the lines.
     *
     * @param account the family's account code
     * @param month the month
     * @param lines the lines
     * @param totalCents the amount due
     * @throws IllegalArgumentException if the total is not the sum of the lines
     */
    public Statement {
        requireNonNull(account, "account");
        requireNonNull(month, "month");
        lines = List.copyOf(lines);
        long sum = lines.stream().mapToLong(Line::priceCents).sum();
        if (sum != totalCents) {
            throw new IllegalArgumentException(
                    "A statement's total is the sum of its lines: " + totalCents + " != " + sum);
        }
    }

    @Override
    public String toString() {
        return "Statement["
                + account
                + ", "
                + month
                + ", "
                + lines.size()
                + " lines, total "
                + totalCents
                + " cents]";
    }
}
