package io.portail.core.canteen;

import static java.util.Objects.requireNonNull;

import java.util.ArrayList;
import java.util.List;
import java.util.OptionalInt;

/**
 * Meal prices by quotient familial (the family allowance office's measure of a household's means,
 * in whole euros), in euro cents.
 *
 * <p>A grid is a list of brackets in increasing order. Each bracket covers the quotients from the
 * one after the previous bracket's upper bound (0 for the first) up to its own upper bound, both
 * inclusive; the last bracket has no upper bound. A bracket "up to 1000" thus applies to a quotient
 * of exactly 1000, and the next one starts at 1001. Prices never decrease from one bracket to the
 * next, so the price is non-decreasing in the quotient; a grid breaking that rule is refused. A
 * family that gives no quotient pays the last bracket's price. Immutable and thread-safe.
 */
public final class PriceGrid {

    /**
     * One bracket of the grid.
     *
     * @param fromQuotient the lowest quotient, inclusive
     * @param toQuotient the highest quotient, inclusive; empty for the last bracket
     * @param priceCents the price of a meal in euro cents
     */
    public record Bracket(int fromQuotient, OptionalInt toQuotient, long priceCents) {
        /**
         * Checks the bracket.
         *
         * @param fromQuotient the lowest quotient
         * @param toQuotient the highest quotient, or empty
         * @param priceCents the price in cents
         * @throws IllegalArgumentException if the bounds are reversed or a value is negative
         */
        public Bracket {
            requireNonNull(toQuotient, "toQuotient");
            if (fromQuotient < 0 || priceCents < 0) {
                throw new IllegalArgumentException(
                        "A bracket's quotient and price are not negative");
            }
            if (toQuotient.isPresent() && toQuotient.getAsInt() < fromQuotient) {
                throw new IllegalArgumentException(
                        "A bracket ends on or after its first quotient: "
                                + fromQuotient
                                + " to "
                                + toQuotient.getAsInt());
            }
        }

        /**
         * Tells whether a quotient falls in this bracket.
         *
         * @param quotient the quotient familial, in euros
         * @return true if it lies between the bounds, inclusive
         */
        public boolean contains(int quotient) {
            return quotient >= fromQuotient
                    && (toQuotient.isEmpty() || quotient <= toQuotient.getAsInt());
        }
    }

    private final List<Bracket> brackets;

    private PriceGrid(List<Bracket> brackets) {
        this.brackets = List.copyOf(brackets);
    }

    /**
     * Returns a builder of a grid.
     *
     * @return a new builder
     */
    public static Builder builder() {
        return new Builder();
    }

    /**
     * Returns the price of a meal for a quotient.
     *
     * @param quotient the quotient familial, in euros, zero or more
     * @return the price in euro cents
     * @throws IllegalArgumentException if the quotient is negative
     */
    public long priceFor(int quotient) {
        if (quotient < 0) {
            throw new IllegalArgumentException("A quotient familial is not negative: " + quotient);
        }
        for (Bracket bracket : brackets) {
            if (bracket.contains(quotient)) {
                return bracket.priceCents();
            }
        }
        throw new IllegalStateException("The last bracket has no upper bound");
    }

    /**
     * Returns the price of a meal for a family that may not have given its quotient.
     *
     * @param quotient the quotient familial in euros, or empty if not given
     * @return the price in euro cents; the last bracket's when no quotient is given
     * @throws IllegalArgumentException if the quotient is negative
     */
    public long priceFor(OptionalInt quotient) {
        requireNonNull(quotient, "quotient");
        return quotient.isPresent()
                ? priceFor(quotient.getAsInt())
                : brackets.get(brackets.size() - 1).priceCents();
    }

    /**
     * Returns the brackets in increasing order.
     *
     * @return the brackets, unmodifiable
     */
    public List<Bracket> brackets() {
        return brackets;
    }

    @Override
    public String toString() {
        StringBuilder text = new StringBuilder("PriceGrid[");
        for (Bracket bracket : brackets) {
            text.append(bracket.fromQuotient())
                    .append('-')
                    .append(
                            bracket.toQuotient().isPresent()
                                    ? String.valueOf(bracket.toQuotient().getAsInt())
                                    : "")
                    .append(':')
                    .append(bracket.priceCents())
                    .append(bracket == brackets.get(brackets.size() - 1) ? "]" : ", ");
        }
        return text.toString();
    }

    /** Collects brackets in increasing order; not thread-safe. */
    public static final class Builder {
        private final List<Bracket> brackets = new ArrayList<>();
        private boolean closed;

        private Builder() {}

        /**
         * Adds a bracket from the quotient after the previous bracket up to a bound, inclusive.
         *
         * @param quotient the highest quotient of the bracket, inclusive
         * @param priceCents the price of a meal in euro cents
         * @return this builder
         * @throws IllegalArgumentException if the bound is not above the previous one, or the price
         *     is below the previous one or negative; the builder is then unchanged
         * @throws IllegalStateException if the last bracket was already added
         */
        public Builder upTo(int quotient, long priceCents) {
            return add(OptionalInt.of(quotient), priceCents);
        }

        /**
         * Adds the last bracket, from the quotient after the previous bracket, without bound.
         *
         * @param priceCents the price of a meal in euro cents
         * @return this builder
         * @throws IllegalArgumentException if the price is below the previous one or negative
         * @throws IllegalStateException if the last bracket was already added
         */
        public Builder above(long priceCents) {
            return add(OptionalInt.empty(), priceCents);
        }

        private Builder add(OptionalInt to, long priceCents) {
            if (closed) {
                throw new IllegalStateException("The last bracket of a grid is already added");
            }
            int from = 0;
            if (!brackets.isEmpty()) {
                Bracket previous = brackets.get(brackets.size() - 1);
                from = previous.toQuotient().getAsInt() + 1;
                if (priceCents < previous.priceCents()) {
                    throw new IllegalArgumentException(
                            "Prices never decrease as the quotient grows: "
                                    + priceCents
                                    + " after "
                                    + previous.priceCents());
                }
            }
            Bracket bracket = new Bracket(from, to, priceCents);
            brackets.add(bracket);
            closed = to.isEmpty();
            return this;
        }

        /**
         * Builds the grid.
         *
         * @return the grid
         * @throws IllegalStateException if no last bracket (without bound) was added
         */
        public PriceGrid build() {
            if (!closed) {
                throw new IllegalStateException("A grid ends with a bracket without upper bound");
            }
            return new PriceGrid(brackets);
        }
    }
}
