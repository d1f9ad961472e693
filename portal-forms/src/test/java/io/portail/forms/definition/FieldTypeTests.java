package io.portail.forms.definition;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import org.junit.jupiter.api.Test;

/**
 * The bounds of number types: answers of more than 15 digits before the separator are refused as
 * out of range without being read, so no bound may lie beyond.
 */
class FieldTypeTests {
    @Test
    void anIntegerBoundHasAtMostFifteenDigits() {
        assertThat(new FieldType.IntegerNumber(-999_999_999_999_999L, 999_999_999_999_999L).max())
                .isEqualTo(999_999_999_999_999L);
        assertThatThrownBy(() -> new FieldType.IntegerNumber(0, 1_000_000_000_000_000L))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("An integer's bounds have at most 15 digits");
    }

    @Test
    void aDecimalBoundHasAtMostFifteenDigitsBeforeTheSeparator() {
        BigDecimal largest = new BigDecimal("999999999999999.999999");

        assertThat(new FieldType.DecimalNumber(largest.negate(), largest, 6).max())
                .isEqualTo(largest);
        assertThatThrownBy(
                        () ->
                                new FieldType.DecimalNumber(
                                        BigDecimal.ZERO, new BigDecimal("1000000000000000"), 2))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage(
                        "A decimal's bounds have at most 15 digits before the decimal separator");
        assertThatThrownBy(
                        () ->
                                new FieldType.DecimalNumber(
                                        new BigDecimal("-1E+15"), BigDecimal.ONE, 2))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void aDecimalsMinIsNotAboveItsMax() {
        assertThatThrownBy(() -> new FieldType.DecimalNumber(BigDecimal.TEN, BigDecimal.ONE, 2))
                .hasMessage("A decimal's min is above its max; swap them");
    }
}
