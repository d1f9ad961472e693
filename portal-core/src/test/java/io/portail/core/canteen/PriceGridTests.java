package io.portail.core.canteen;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.portail.core.canteen.fr.SocialTariff;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class PriceGridTests {

    private static final PriceGrid GRID = SaintExempleCanteen.PRICES;

    @Nested
    class Prices {
        @ParameterizedTest(name = "quotient {0}: {1} cents")
        @CsvSource({
            "0, 50",
            "500, 50",
            "501, 100",
            "1000, 100",
            "1001, 280",
            "1500, 280",
            "1501, 380",
            "2000, 380",
            "2001, 450",
            "99999, 450"
        })
        void applyEachBracketOnItsBounds(int quotient, long cents) {
            assertThat(GRID.priceFor(quotient)).isEqualTo(cents);
        }

        @Test
        void printTheBracketsWithoutAnyFamily() {
            assertThat(GRID)
                    .hasToString(
                            "PriceGrid[0-500:50, 501-1000:100, 1001-1500:280, 1501-2000:380, 2001-:450]");
        }
    }

    @Nested
    class Building {
        @Test
        void refusesAPriceThatDecreases() {
            PriceGrid.Builder builder = PriceGrid.builder().upTo(500, 200);

            assertThatThrownBy(() -> builder.upTo(1000, 100))
                    .isInstanceOf(IllegalArgumentException.class)
                    .hasMessage("Prices never decrease as the quotient grows: 100 after 200");
        }

        @Test
        void refusesABoundThatDoesNotGrow() {
            PriceGrid.Builder builder = PriceGrid.builder().upTo(500, 50);

            assertThatThrownBy(() -> builder.upTo(500, 60))
                    .isInstanceOf(IllegalArgumentException.class)
                    .hasMessage("A bracket ends on or after its first quotient: 501 to 500");
            assertThat(builder.above(60).build().brackets()).hasSize(2);
        }

        @Test
        void refusesAGridWithoutAnOpenLastBracket() {
            assertThatThrownBy(() -> PriceGrid.builder().upTo(500, 50).build())
                    .isInstanceOf(IllegalStateException.class)
                    .hasMessage("A grid ends with a bracket without upper bound");
        }
    }

    @Nested
    class SocialTariffOfOneEuro {
        @Test
        void acceptsSaintExemplesGrid() {
            // Cantine à 1 euro (State aid since 1 April 2019; quotient ≤ 1000 for agreements from
            // 1 August 2022): at least three brackets, ≤ 1 euro up to quotient 1000, one above.
            assertThat(SocialTariff.qualifies(GRID)).isTrue();
        }

        @Test
        void refusesAGridWhoseOneEuroBracketStopsBelow1000() {
            PriceGrid grid = PriceGrid.builder().upTo(800, 100).upTo(1200, 200).above(400).build();

            assertThat(SocialTariff.qualifies(grid)).isFalse();
        }

        @Test
        void refusesTwoBrackets() {
            PriceGrid grid = PriceGrid.builder().upTo(1000, 100).above(400).build();

            assertThat(SocialTariff.qualifies(grid)).isFalse();
        }
    }
}
