package io.portail.core.school;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class SectorMapTests {

    private static final Sector TILLEULS = new Sector("tilleuls", "École des Tilleuls");
    private static final Sector MOULIN = new Sector("moulin", "École du Moulin");

    private static final SectorMap MAP =
            SectorMap.builder()
                    .add("rue de l'Église", NumberRange.odd(1, 99), TILLEULS)
                    .add("rue de l'Église", NumberRange.even(2, 98), MOULIN)
                    .add("rue de l'Église", NumberRange.both(100, 200), MOULIN)
                    .add("avenue du Général Leclerc", NumberRange.allNumbers(), TILLEULS)
                    .build();

    @Nested
    class Lookup {
        @ParameterizedTest(name = "{0} {1}: {2}")
        @CsvSource(
                delimiter = '|',
                value = {
                    "1|rue de l'Église|tilleuls",
                    "99|rue de l'Église|tilleuls",
                    "2|rue de l'Église|moulin",
                    "98|rue de l'Église|moulin",
                    "150|rue de l'Église|moulin",
                    "7|RUE DE L’EGLISE|tilleuls",
                    "8|r. de l eglise|moulin",
                    "1234|Av. du Général-Leclerc|tilleuls",
                    "3|  avenue   du general leclerc |tilleuls",
                })
        void findsTheSectorOfAnAddress(int number, String street, String sector) {
            // Case F06: the typographic apostrophe compares equal to the plain one.
            assertThat(MAP.sectorOf(number, street)).map(Sector::id).contains(sector);
        }

        @Test
        void findsNothingOutsideTheRangesOrOnAnUnknownStreet() {
            assertThat(MAP.sectorOf(201, "rue de l'Église")).isEmpty();
            assertThat(MAP.sectorOf(3, "rue des Lilas")).isEmpty();
        }
    }

    @Nested
    class Building {
        @Test
        void refusesOverlappingRangesAndKeepsTheBuilderUnchanged() {
            SectorMap.Builder builder =
                    SectorMap.builder().add("rue Haute", NumberRange.both(1, 20), TILLEULS);

            assertThatThrownBy(() -> builder.add("Rue haute", NumberRange.even(20, 40), MOULIN))
                    .isInstanceOf(IllegalArgumentException.class)
                    .hasMessage(
                            "Two ranges of a sector map overlap on street 'rue haute': 1-20"
                                    + " (tilleuls) and 20-40 even (moulin)");
            SectorMap map = builder.build();
            assertThat(map.sectorOf(22, "rue Haute")).isEmpty();
            assertThat(map.sectorOf(20, "rue Haute")).contains(TILLEULS);
        }

        @Test
        void acceptsEvenAndOddRangesOnTheSameNumbers() {
            assertThat(NumberRange.even(1, 99).overlaps(NumberRange.odd(1, 99))).isFalse();
            assertThat(NumberRange.even(3, 3).overlaps(NumberRange.both(1, 5))).isFalse();
            assertThat(NumberRange.odd(3, 5).overlaps(NumberRange.both(5, 9))).isTrue();
        }

        @Test
        void refusesReversedRanges() {
            assertThatThrownBy(() -> NumberRange.both(10, 2))
                    .isInstanceOf(IllegalArgumentException.class)
                    .hasMessage("A number range goes from 1 up to 99999: 10-2");
        }
    }

    @Nested
    class StreetNames {
        @ParameterizedTest
        @CsvSource(
                delimiter = '|',
                value = {
                    "rue de l’Église|rue de l eglise",
                    "Bd  Saint-Michel|boulevard saint michel",
                    "AV. Jean-Jaurès|avenue jean jaures",
                    "Place de l'Œuvre|place de l oeuvre",
                    "Hélène|helene",
                })
        void compareWithoutCaseAccentsApostrophesOrAbbreviations(String street, String key) {
            assertThat(StreetName.key(street)).isEqualTo(key);
        }

        @Test
        void areRefusedWithoutLetters() {
            assertThatThrownBy(() -> StreetName.key(" '- "))
                    .isInstanceOf(IllegalArgumentException.class)
                    .hasMessage("A street name needs a letter or a digit");
        }
    }
}
