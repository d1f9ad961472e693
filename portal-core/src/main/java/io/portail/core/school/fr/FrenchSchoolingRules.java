package io.portail.core.school.fr;

import static java.util.Objects.requireNonNull;

import io.portail.core.school.SchoolLevel;
import io.portail.core.school.SchoolYear;
import io.portail.core.school.SchoolingRules;
import java.time.LocalDate;
import java.util.Optional;

/**
 * French rules of compulsory schooling and of the level by year of birth.
 *
 * <p>Instruction is compulsory from three years old (Code de l'éducation art. L131-1, as amended by
 * loi 2019-791 of 26 July 2019, art. 11); it starts with the school year whose start falls in the
 * calendar year of the third birthday (art. L113-1 and the school start of art. L131-1 read
 * together): a child born on 31 December 2022 must be schooled from the September 2025 school start
 * (case F16). Children are placed by calendar year of birth: PS in the calendar year of the third
 * birthday, then MS, GS, CP at six, up to CM2 at ten.
 *
 * <p>A child may be admitted at two, in toute petite section, where the school has places, in
 * priority in the areas listed by art. L113-1; this is not a right, and {@link
 * #expectedLevel(LocalDate, SchoolYear)} answers {@link SchoolLevel#TPS} for a two-year-old only to
 * say which class could take the child. Note: a child kept back or moved up a class leaves this
 * order; the level is then the school's decision. Immutable and thread-safe.
 */
public final class FrenchSchoolingRules implements SchoolingRules {

    private static final FrenchSchoolingRules INSTANCE = new FrenchSchoolingRules();

    // Level by age in years reached in the calendar year of the school start (TPS at 2 ... CM2 at
    // 10).
    private static final int YOUNGEST = 2;

    private FrenchSchoolingRules() {}

    /**
     * Returns the rules.
     *
     * @return the shared instance
     */
    public static FrenchSchoolingRules instance() {
        return INSTANCE;
    }

    @Override
    public SchoolYear compulsoryFrom(LocalDate birthDate) {
        requireNonNull(birthDate, "birthDate");
        // Code de l'éducation L131-1 (loi 2019-791): from the school start of the calendar year
        // of the third birthday.
        return SchoolYear.startingIn(birthDate.getYear() + 3);
    }

    @Override
    public Optional<SchoolLevel> expectedLevel(LocalDate birthDate, SchoolYear year) {
        requireNonNull(birthDate, "birthDate");
        requireNonNull(year, "year");
        int age = year.startYear() - birthDate.getYear();
        int index = age - YOUNGEST;
        SchoolLevel[] levels = SchoolLevel.values();
        if (index < 0 || index >= levels.length) {
            return Optional.empty();
        }
        return Optional.of(levels[index]);
    }
}
