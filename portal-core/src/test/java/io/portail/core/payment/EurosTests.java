package io.portail.core.payment;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.util.Locale;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class EurosTests {

    @Nested
    class Cents {
        /** Case F18: 12.34 € is 1234 cents, exactly. */
        @Test
        void convertsEurosToCentsExactly() {
            assertThat(Euros.toCents(new BigDecimal("12.34"))).isEqualTo(1234);
            assertThat(Euros.toCents(new BigDecimal("42.5"))).isEqualTo(4250);
            assertThat(Euros.toCents(new BigDecimal("0.10"))).isEqualTo(10);
        }

        @Test
        void refusesFractionsOfACent() {
            assertThatThrownBy(() -> Euros.toCents(new BigDecimal("12.345")))
                    .isInstanceOf(ArithmeticException.class);
        }
    }

    @Nested
    class Text {
        /** French typography: no-break space before €, narrow no-break space between thousands. */
        @ParameterizedTest
        @CsvSource(
                delimiter = '|',
                value = {
                    "4250 | 42,50\u00a0€ | €42.50",
                    "5 | 0,05\u00a0€ | €0.05",
                    "123456 | 1\u202f234,56\u00a0€ | €1,234.56",
                    "100000000 | 1\u202f000\u202f000,00\u00a0€ | €1,000,000.00"
                })
        void writesAmountsAsResidentsReadThem(long cents, String french, String english) {
            assertThat(Euros.format(cents, Locale.FRENCH)).isEqualTo(french);
            assertThat(Euros.format(cents, Locale.ENGLISH)).isEqualTo(english);
        }
    }
}
