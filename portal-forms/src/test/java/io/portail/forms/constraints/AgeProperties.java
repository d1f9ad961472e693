package io.portail.forms.constraints;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.IntRange;

/** A person reaches an age on the day {@link Age#reached} gives, not the day before. */
class AgeProperties {
    @Property
    void ageIsReachedOnItsDayAndNotTheDayBefore(
            @ForAll("births") LocalDate birth, @ForAll @IntRange(min = 1, max = 120) int years) {
        LocalDate day = Age.reached(birth, years);

        assertThat(Age.inYears(birth, day)).isEqualTo(years);
        assertThat(Age.inYears(birth, day.minusDays(1))).isEqualTo(years - 1);
    }

    @Property
    void ageNeverDecreases(
            @ForAll("births") LocalDate birth, @ForAll @IntRange(min = 0, max = 40_000) int days) {
        LocalDate on = birth.plusDays(days);

        assertThat(Age.inYears(birth, on.plusDays(1)))
                .isGreaterThanOrEqualTo(Age.inYears(birth, on));
    }

    @Provide
    Arbitrary<LocalDate> births() {
        return Arbitraries.oneOf(
                Arbitraries.integers()
                        .between(0, 60_000)
                        .map(d -> LocalDate.of(1900, 1, 1).plusDays(d)),
                Arbitraries.integers().between(0, 30).map(k -> LocalDate.of(1904 + 4 * k, 2, 29)));
    }
}
