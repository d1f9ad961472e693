package io.portail.core.calendar;

import static java.util.Objects.requireNonNull;

import java.time.LocalDate;

/**
 * A public holiday (jour férié) on a given date; immutable.
 *
 * @param date the date of the holiday
 * @param name the name in the jurisdiction's language, for example {@code Lundi de Pâques}
 * @param englishName the name in English, for example {@code Easter Monday}
 */
public record PublicHoliday(LocalDate date, String name, String englishName) {

    /**
     * Checks the components.
     *
     * @param date the date of the holiday
     * @param name the name in the jurisdiction's language
     * @param englishName the name in English
     * @throws IllegalArgumentException if a name is blank
     */
    public PublicHoliday {
        requireNonNull(date, "date");
        requireNonNull(name, "name");
        requireNonNull(englishName, "englishName");
        if (name.isBlank() || englishName.isBlank()) {
            throw new IllegalArgumentException("A public holiday needs a name: " + date);
        }
    }
}
