package io.portail.forms.constraints;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

import io.portail.forms.constraints.Age.LeapDayBirthday;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class AgeTests {
    @Nested
    class Ordinary {
        @ParameterizedTest(name = "born {0}, on {1}: {2}")
        @CsvSource({
            "2008-07-14, 2026-07-13, 17",
            "2008-07-14, 2026-07-14, 18",
            "2008-07-14, 2008-07-14, 0",
            "2008-12-31, 2009-12-30, 0",
        })
        void ageChangesOnTheBirthday(LocalDate birth, LocalDate on, int age) {
            assertThat(Age.inYears(birth, on)).isEqualTo(age);
        }

        @Test
        void clockGivesToday() {
            Clock clock =
                    Clock.fixed(Instant.parse("2026-07-13T22:30:00Z"), ZoneId.of("Europe/Paris"));

            // already the 14th in Paris
            assertThat(Age.inYears(LocalDate.of(2008, 7, 14), clock)).isEqualTo(18);
        }

        @Test
        void dateBeforeBirthIsMisuse() {
            assertThatIllegalArgumentException()
                    .isThrownBy(
                            () -> Age.inYears(LocalDate.of(2020, 1, 2), LocalDate.of(2020, 1, 1)));
        }
    }

    @Nested
    class BornOn29February {
        @Test
        void majorityIsReachedOn28FebruaryInACommonYear() {
            // circulaire du 25 juillet 2013 (listes électorales): « au dernier jour de février »;
            // Code de procédure civile, art. 641
            LocalDate birth = LocalDate.of(2008, 2, 29);

            assertThat(Age.inYears(birth, LocalDate.of(2026, 2, 27))).isEqualTo(17);
            assertThat(Age.inYears(birth, LocalDate.of(2026, 2, 28))).isEqualTo(18);
            assertThat(Age.reached(birth, 18)).isEqualTo(LocalDate.of(2026, 2, 28));
        }

        @Test
        void leapYearBirthdayIs29February() {
            LocalDate birth = LocalDate.of(2008, 2, 29);

            assertThat(Age.inYears(birth, LocalDate.of(2028, 2, 28))).isEqualTo(19);
            assertThat(Age.inYears(birth, LocalDate.of(2028, 2, 29))).isEqualTo(20);
            assertThat(Age.reached(birth, 20)).isEqualTo(LocalDate.of(2028, 2, 29));
        }

        @Test
        void firstOfMarchReadingIsAvailable() {
            LocalDate birth = LocalDate.of(2008, 2, 29);

            assertThat(
                            Age.inYears(
                                    birth,
                                    LocalDate.of(2026, 2, 28),
                                    LeapDayBirthday.FIRST_OF_MARCH))
                    .isEqualTo(17);
            assertThat(Age.inYears(birth, LocalDate.of(2026, 3, 1), LeapDayBirthday.FIRST_OF_MARCH))
                    .isEqualTo(18);
        }
    }
}
