package io.portail.forms.constraints;

import static java.util.Objects.requireNonNull;

import java.time.Clock;
import java.time.LocalDate;
import java.time.Month;

/**
 * A person's age in whole years, with an explicit rule for people born on 29 February.
 *
 * <p>A person reaches an age on the anniversary of their birth, from the first moment of that day.
 * For a person born on 29 February, the anniversary in a common year is, by default, the last day
 * of February ({@link LeapDayBirthday#LAST_DAY_OF_FEBRUARY}): this is the French administration's
 * reading, written for majority in the ministerial circular of 25 July 2013 on electoral lists («
 * il convient d'admettre qu'elle atteindra sa majorité au dernier jour de février de l'année de son
 * dix-huitième anniversaire qui peut être un 28 février »), and it follows the rule for periods
 * counted in years, article 641 of the Code de procédure civile (« à défaut d'un quantième
 * identique, le délai expire le dernier jour du mois »). The other reading, 1 March, is available
 * as {@link LeapDayBirthday#FIRST_OF_MARCH} (it is what {@link java.time.Period#between} computes).
 * Stateless and thread-safe.
 */
public final class Age {
    /** When a person born on 29 February has their birthday in a common year. */
    public enum LeapDayBirthday {
        /** On 28 February (French administrative reading, default). */
        LAST_DAY_OF_FEBRUARY,
        /** On 1 March. */
        FIRST_OF_MARCH
    }

    private Age() {}

    /**
     * Returns the age in whole years on a date, 29 February birthdays falling on 28 February in
     * common years.
     *
     * @param birth the date of birth
     * @param on the date at which the age is wanted
     * @return the age, 0 or more
     * @throws NullPointerException if an argument is null
     * @throws IllegalArgumentException if {@code on} is before {@code birth}
     */
    public static int inYears(LocalDate birth, LocalDate on) {
        return inYears(birth, on, LeapDayBirthday.LAST_DAY_OF_FEBRUARY);
    }

    /**
     * Returns the age in whole years today, as told by a clock.
     *
     * @param birth the date of birth
     * @param clock the clock telling today, in the commune's zone
     * @return the age, 0 or more
     * @throws NullPointerException if an argument is null
     * @throws IllegalArgumentException if today is before {@code birth}
     */
    public static int inYears(LocalDate birth, Clock clock) {
        return inYears(birth, LocalDate.now(requireNonNull(clock, "clock")));
    }

    /**
     * Returns the age in whole years on a date, with a chosen rule for 29 February.
     *
     * @param birth the date of birth
     * @param on the date at which the age is wanted
     * @param leapDay when a 29 February birthday falls in common years
     * @return the age, 0 or more
     * @throws NullPointerException if an argument is null
     * @throws IllegalArgumentException if {@code on} is before {@code birth}
     */
    public static int inYears(LocalDate birth, LocalDate on, LeapDayBirthday leapDay) {
        requireNonNull(birth, "birth");
        requireNonNull(on, "on");
        requireNonNull(leapDay, "leapDay");
        if (on.isBefore(birth)) {
            // Neither date is named: either may be personal data.
            throw new IllegalArgumentException("The day of the age is before the date of birth");
        }
        int years = on.getYear() - birth.getYear();
        return on.isBefore(anniversary(birth, on.getYear(), leapDay)) ? years - 1 : years;
    }

    /**
     * Returns the day on which a person reaches an age, 29 February birthdays falling on 28
     * February in common years.
     *
     * @param birth the date of birth
     * @param years the age, 0 or more
     * @return the first day on which {@link #inYears(LocalDate, LocalDate)} returns {@code years}
     * @throws NullPointerException if {@code birth} is null
     * @throws IllegalArgumentException if {@code years} is negative
     */
    public static LocalDate reached(LocalDate birth, int years) {
        requireNonNull(birth, "birth");
        if (years < 0) {
            throw new IllegalArgumentException("Age must not be negative: " + years);
        }
        return anniversary(birth, birth.getYear() + years, LeapDayBirthday.LAST_DAY_OF_FEBRUARY);
    }

    private static LocalDate anniversary(LocalDate birth, int year, LeapDayBirthday leapDay) {
        boolean leapDayBirth = birth.getMonth() == Month.FEBRUARY && birth.getDayOfMonth() == 29;
        if (leapDayBirth && !java.time.Year.isLeap(year)) {
            return leapDay == LeapDayBirthday.LAST_DAY_OF_FEBRUARY
                    ? LocalDate.of(year, Month.FEBRUARY, 28)
                    : LocalDate.of(year, Month.MARCH, 1);
        }
        return birth.withYear(year);
    }
}
