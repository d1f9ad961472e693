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

        @ParameterizedTest(name = "{0}: {1}")
        @CsvSource(
                delimiter = '|',
                value = {
                    "12 rue de l'Église|moulin",
                    "12 bis, rue de l’Eglise|moulin",
                    "13ter rue de l'église|tilleuls",
                    "13 B rue de l'église|tilleuls",
                    "12 r. de l'Église|moulin",
                    "14 r de l'Église|moulin",
                    "5 Bd Leclerc|none",
                    "rue de l'Église|none",
                    "12 bis|none",
                    "Bis rue de l'Église|none",
                })
        void readsAnAddressLineAsResidentsTypeIt(String line, String sector) {
            assertThat(MAP.sectorOf(line).map(Sector::id).orElse("none")).isEqualTo(sector);
        }

        @Test
        void refusesAnAddressLineTooLongToBeReal() {
            assertThatThrownBy(() -> MAP.sectorOf("1 " + "a".repeat(300)))
                    .isInstanceOf(IllegalArgumentException.class)
                    .hasMessage("An address line is at most 210 characters: 302");
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
    class Parsing {
        @Test
        void readsTheCommunesTabSeparatedText() {
            SectorMap map =
                    SectorMap.parse(
                            "# street\tnumbers\tsector\tschool\n"
                                    + "rue de l'Église\t1-99 odd\ttilleuls\tÉcole des Tilleuls\n"
                                    + "rue de l'Église\t2-98 even\tmoulin\tÉcole du Moulin\r\n"
                                    + "\n"
                                    + "rue Haute\t7\tmoulin\tÉcole du Moulin\n"
                                    + "avenue du Général Leclerc\tall\ttilleuls\tÉcole des Tilleuls\n");

            assertThat(map.streetCount()).isEqualTo(3);
            assertThat(map.sectorOf("12 rue de l'Église")).contains(MOULIN);
            assertThat(map.sectorOf("7 rue Haute")).contains(MOULIN);
            assertThat(map.sectorOf("9 rue Haute")).isEmpty();
            assertThat(map.sectorOf("400 av. du Général Leclerc")).contains(TILLEULS);
        }

        @ParameterizedTest(name = "{0}")
        @CsvSource(
                delimiter = '|',
                value = {
                    "rue Haute\t1-9|Line 1 of the sector map: expected street, numbers, sector"
                            + " and school separated by tabs",
                    "rue Haute\t1-9 pairs\tmoulin\tÉcole du Moulin|Line 1 of the sector map:"
                            + " numbers are all, 12, 1-99, 1-99 odd or 2-98 even, not '1-9 pairs'",
                    "rue Haute\t9-1\tmoulin\tÉcole du Moulin|Line 1 of the sector map: A number"
                            + " range goes from 1 up to 99999: 9-1",
                })
        void namesTheLineAndTheFix(String text, String message) {
            assertThatThrownBy(() -> SectorMap.parse(text.replace("\\t", "\t")))
                    .isInstanceOf(IllegalArgumentException.class)
                    .hasMessage(message);
        }

        @Test
        void refusesOverlapsAndASectorWithTwoNames() {
            assertThatThrownBy(
                            () ->
                                    SectorMap.parse(
                                            "rue Haute\t1-9\tmoulin\tÉcole du Moulin\n"
                                                    + "rue haute\t9-20\ttilleuls\tÉcole des"
                                                    + " Tilleuls"))
                    .hasMessage(
                            "Line 2 of the sector map: Two ranges of a sector map overlap on street"
                                    + " 'rue haute': 1-9 (moulin) and 9-20 (tilleuls)");
            assertThatThrownBy(
                            () ->
                                    SectorMap.parse(
                                            "rue Haute\t1-9\tmoulin\tÉcole du Moulin\n"
                                                    + "rue Basse\tall\tmoulin\tÉcole Moulin"))
                    .hasMessage(
                            "Line 2 of the sector map: sector moulin already has another school"
                                    + " name");
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
