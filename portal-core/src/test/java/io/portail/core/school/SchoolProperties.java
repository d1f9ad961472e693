package io.portail.core.school;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.portail.core.school.fr.FrenchSchoolingRules;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.IntRange;

/** Sector lookup and levels (Code de l'éducation L131-1, L212-7). */
class SchoolProperties {

    @Property
    void everyAddressOfNonOverlappingRangesMapsToExactlyOneSector(
            @ForAll("ranges") List<NumberRange> ranges,
            @ForAll @IntRange(min = 1, max = 400) int number) {
        SectorMap.Builder builder = SectorMap.builder();
        List<NumberRange> kept = new ArrayList<>();
        for (NumberRange range : ranges) {
            if (kept.stream().noneMatch(range::overlaps)) {
                builder.add("rue des Essais", range, sectorOf(kept.size()));
                kept.add(range);
            } else {
                // Overlapping ranges are refused when the map is built.
                assertThatThrownBy(() -> builder.add("Rue des essais", range, sectorOf(99)))
                        .isInstanceOf(IllegalArgumentException.class);
            }
        }
        SectorMap map = builder.build();

        long holding = kept.stream().filter(r -> r.contains(number)).count();
        assertThat(holding).isLessThanOrEqualTo(1);
        if (holding == 1) {
            int index =
                    kept.indexOf(kept.stream().filter(r -> r.contains(number)).findFirst().get());
            assertThat(map.sectorOf(number, "RUE DES ESSAIS")).contains(sectorOf(index));
        } else {
            assertThat(map.sectorOf(number, "rue des essais")).isEmpty();
        }
    }

    @Property
    void overlapsAgreesWithTheNumbersBothRangesHold(
            @ForAll("range") NumberRange a, @ForAll("range") NumberRange b) {
        boolean shared = false;
        for (int n = 1; n <= 400 && !shared; n++) {
            shared = a.contains(n) && b.contains(n);
        }
        assertThat(a.overlaps(b)).isEqualTo(shared).isEqualTo(b.overlaps(a));
    }

    @Property
    void levelMovesUpOneStepEachSchoolYearFromPetiteSectionAtCompulsoryStart(
            @ForAll @IntRange(min = 0, max = 30_000) int offset) {
        // L131-1: compulsory from the school start of the calendar year of the third birthday.
        LocalDate birth = LocalDate.of(1990, 1, 1).plusDays(offset);
        FrenchSchoolingRules rules = FrenchSchoolingRules.instance();
        SchoolYear start = rules.compulsoryFrom(birth);

        assertThat(rules.expectedLevel(birth, start)).contains(SchoolLevel.PS);
        SchoolYear year = new SchoolYear(start.startYear() - 1);
        for (SchoolLevel level : SchoolLevel.values()) {
            assertThat(rules.expectedLevel(birth, year)).contains(level);
            year = year.next();
        }
        assertThat(rules.expectedLevel(birth, year)).isEmpty();
    }

    @Property
    void streetKeysAreIdempotent(@ForAll("streets") String street) {
        String key = StreetName.key(street);
        assertThat(StreetName.key(key)).isEqualTo(key);
    }

    private static Sector sectorOf(int index) {
        return new Sector("s" + index, "École " + index);
    }

    @Provide
    Arbitrary<NumberRange> range() {
        Arbitrary<Integer> from = Arbitraries.integers().between(1, 300);
        Arbitrary<Integer> length = Arbitraries.integers().between(0, 80);
        Arbitrary<NumberRange.Side> side = Arbitraries.of(NumberRange.Side.class);
        return Combinators.combine(from, length, side)
                .as((f, l, s) -> new NumberRange(f, f + l, s));
    }

    @Provide
    Arbitrary<List<NumberRange>> ranges() {
        return range().list().ofMaxSize(8);
    }

    @Provide
    Arbitrary<String> streets() {
        return Arbitraries.of(
                "rue de l’Église",
                "Av. Jean-Jaurès",
                "BD saint michel",
                "place de l'Œuvre",
                "impasse  des   Lilas",
                "Rte de Paris");
    }
}
