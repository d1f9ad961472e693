package io.portail.core.school;

import static java.util.Objects.requireNonNull;

/**
 * A range of house numbers on one side of a street, or on both. Immutable and thread-safe.
 *
 * @param from the first number, inclusive, at least 1
 * @param to the last number, inclusive
 * @param side which numbers of the range count
 */
public record NumberRange(int from, int to, Side side) {

    /** The largest house number a range may name. */
    public static final int MAX_NUMBER = 99_999;

    /** Which numbers of a range count. */
    public enum Side {
        /** Every number. */
        BOTH,
        /** Even numbers only. */
        EVEN,
        /** Odd numbers only. */
        ODD
    }

    /**
     * Checks the range.
     *
     * @param from the first number
     * @param to the last number
     * @param side which numbers count
     * @throws IllegalArgumentException if {@code from} is below 1, {@code to} below {@code from},
     *     or {@code to} above {@value #MAX_NUMBER}
     */
    public NumberRange {
        requireNonNull(side, "side");
        if (from < 1 || to < from || to > MAX_NUMBER) {
            throw new IllegalArgumentException(
                    "A number range goes from 1 up to " + MAX_NUMBER + ": " + from + "-" + to);
        }
    }

    /**
     * Returns every number of a street.
     *
     * @return the range from 1 to {@value #MAX_NUMBER}, both sides
     */
    public static NumberRange allNumbers() {
        return new NumberRange(1, MAX_NUMBER, Side.BOTH);
    }

    /**
     * Returns the even numbers between two bounds.
     *
     * @param from the first number, inclusive
     * @param to the last number, inclusive
     * @return the range
     * @throws IllegalArgumentException as the constructor
     */
    public static NumberRange even(int from, int to) {
        return new NumberRange(from, to, Side.EVEN);
    }

    /**
     * Returns the odd numbers between two bounds.
     *
     * @param from the first number, inclusive
     * @param to the last number, inclusive
     * @return the range
     * @throws IllegalArgumentException as the constructor
     */
    public static NumberRange odd(int from, int to) {
        return new NumberRange(from, to, Side.ODD);
    }

    /**
     * Returns every number between two bounds.
     *
     * @param from the first number, inclusive
     * @param to the last number, inclusive
     * @return the range
     * @throws IllegalArgumentException as the constructor
     */
    public static NumberRange both(int from, int to) {
        return new NumberRange(from, to, Side.BOTH);
    }

    /**
     * Tells whether a house number lies in this range.
     *
     * @param number the house number
     * @return true if it lies between the bounds and on the right side
     */
    public boolean contains(int number) {
        if (number < from || number > to) {
            return false;
        }
        return switch (side) {
            case BOTH -> true;
            case EVEN -> number % 2 == 0;
            case ODD -> number % 2 != 0;
        };
    }

    /**
     * Tells whether two ranges share a number.
     *
     * @param other the other range
     * @return true if some number lies in both
     */
    public boolean overlaps(NumberRange other) {
        requireNonNull(other, "other");
        int low = Math.max(from, other.from);
        int high = Math.min(to, other.to);
        if (low > high) {
            return false;
        }
        if (side == Side.BOTH || other.side == Side.BOTH || side == other.side) {
            // Some number of the common part is on the needed side unless the common part is a
            // single number of the wrong parity.
            for (int n = low; n <= Math.min(high, low + 1); n++) {
                if (contains(n) && other.contains(n)) {
                    return true;
                }
            }
            return false;
        }
        return false;
    }

    @Override
    public String toString() {
        String numbers = from + "-" + to;
        return switch (side) {
            case BOTH -> numbers;
            case EVEN -> numbers + " even";
            case ODD -> numbers + " odd";
        };
    }
}
