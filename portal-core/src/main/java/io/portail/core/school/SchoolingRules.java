package io.portail.core.school;

import java.time.LocalDate;
import java.util.Optional;

/**
 * A jurisdiction's rules on when schooling starts and which level a child enters.
 *
 * <p>Implementations are immutable and thread-safe.
 */
public interface SchoolingRules {

    /**
     * Returns the first school year in which schooling is compulsory for a child.
     *
     * @param birthDate the child's date of birth
     * @return the school year
     */
    SchoolYear compulsoryFrom(LocalDate birthDate);

    /**
     * Returns the level a child is expected to attend in a school year.
     *
     * @param birthDate the child's date of birth
     * @param year the school year
     * @return the level, or empty when the child is too young or past primary school
     */
    Optional<SchoolLevel> expectedLevel(LocalDate birthDate, SchoolYear year);
}
