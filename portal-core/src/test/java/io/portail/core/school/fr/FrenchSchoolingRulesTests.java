package io.portail.core.school.fr;

import static org.assertj.core.api.Assertions.assertThat;

import io.portail.core.school.SchoolLevel;
import io.portail.core.school.SchoolYear;
import java.time.LocalDate;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class FrenchSchoolingRulesTests {

    private static final FrenchSchoolingRules RULES = FrenchSchoolingRules.instance();

    @Nested
    class CompulsorySchooling {
        @Test
        void caseF16ChildBornOnTheLastDayOf2022StartsInSeptember2025() {
            // Case F16; Code de l'éducation L131-1 as amended by loi 2019-791: from the school
            // start of the calendar year of the third birthday, although the child is only two
            // on that day.
            LocalDate birth = LocalDate.of(2022, 12, 31);

            assertThat(RULES.compulsoryFrom(birth)).isEqualTo(SchoolYear.startingIn(2025));
            assertThat(RULES.compulsoryFrom(birth).toString()).isEqualTo("2025-2026");
            assertThat(RULES.expectedLevel(birth, SchoolYear.startingIn(2025)))
                    .contains(SchoolLevel.PS);
        }

        @Test
        void childBornOnNewYearsDayStartsTheSameSeptember() {
            // L131-1: the calendar year counts, not the age on the day of the school start.
            assertThat(RULES.compulsoryFrom(LocalDate.of(2022, 1, 1)))
                    .isEqualTo(SchoolYear.startingIn(2025));
        }
    }

    @Nested
    class LevelByYearOfBirth {
        // Levels by calendar year of birth; TPS at two where places allow (L113-1).
        @ParameterizedTest(name = "born {0}, school year {1}: {2}")
        @CsvSource({
            "2023-06-15, 2025, TPS",
            "2022-12-31, 2025, PS",
            "2021-01-01, 2025, MS",
            "2020-03-01, 2025, GS",
            "2019-09-30, 2025, CP",
            "2018-05-05, 2025, CE1",
            "2017-11-11, 2025, CE2",
            "2016-02-29, 2025, CM1",
            "2015-07-14, 2025, CM2",
        })
        void followsTheCalendarYearOfBirth(LocalDate birth, int startYear, SchoolLevel level) {
            assertThat(RULES.expectedLevel(birth, SchoolYear.startingIn(startYear)))
                    .contains(level);
        }

        @ParameterizedTest
        @CsvSource({"2024-01-01, 2025", "2014-12-31, 2025"})
        void isEmptyBeforeTwoAndAfterPrimarySchool(LocalDate birth, int startYear) {
            assertThat(RULES.expectedLevel(birth, SchoolYear.startingIn(startYear))).isEmpty();
        }
    }

    @Nested
    class SchoolYears {
        @ParameterizedTest
        @CsvSource({"2025-08-31, 2024", "2025-09-01, 2025", "2026-01-15, 2025"})
        void startOnTheFirstOfSeptember(LocalDate date, int startYear) {
            assertThat(SchoolYear.containing(date)).isEqualTo(SchoolYear.startingIn(startYear));
        }
    }

    @Nested
    class Documents {
        @Test
        void areTheThreeOfArticleD13131EachReplaceableBySwornStatement() {
            // Code de l'éducation D131-3-1 (décret 2020-811): only these three may be asked for.
            assertThat(RegistrationDocument.values())
                    .containsExactly(
                            RegistrationDocument.CHILD_IDENTITY,
                            RegistrationDocument.GUARDIANS_IDENTITY,
                            RegistrationDocument.PROOF_OF_ADDRESS);
            assertThat(RegistrationDocument.PROOF_OF_ADDRESS.swornStatement().fr())
                    .isEqualTo(
                            "Une déclaration sur l'honneur indiquant votre adresse suffit aussi.");
            assertThat(RegistrationDocument.CHILD_IDENTITY.swornStatement().en())
                    .isEqualTo(
                            "If you have none, you can write a sworn statement giving the child's"
                                    + " surname, given names, date and place of birth.");
        }
    }

    @Nested
    class Derogations {
        @Test
        void workMedicalSiblingAndContinuingAreOfRightUnderL2128() {
            // Code de l'éducation L212-8 1°, 2°, 3° and last paragraph; R212-21 to R212-23.
            assertThat(DerogationGround.PARENTS_WORK_WITHOUT_CARE.isOfRight()).isTrue();
            assertThat(DerogationGround.MEDICAL.isOfRight()).isTrue();
            assertThat(DerogationGround.SIBLING.isOfRight()).isTrue();
            assertThat(DerogationGround.CONTINUING_STAGE.isOfRight()).isTrue();
            assertThat(DerogationGround.OTHER.isOfRight()).isFalse();
            assertThat(DerogationGround.SIBLING.source().fr())
                    .isEqualTo("Code de l'éducation, articles L212-8 2° et R212-23");
            assertThat(DerogationGround.SIBLING.source().en())
                    .isEqualTo("French Education Code, articles L212-8 2° and R212-23");
            assertThat(DerogationGround.SIBLING.label().fr())
                    .isEqualTo(
                            "Un frère ou une sœur de votre enfant va déjà à l'école dans l'autre"
                                    + " commune");
        }
    }
}
