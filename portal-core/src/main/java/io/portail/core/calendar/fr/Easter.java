package io.portail.core.calendar.fr;

import java.time.LocalDate;

/**
 * The date of Easter Sunday in the Gregorian calendar, on which Easter Monday, Ascension, Whit
 * Monday and Good Friday depend.
 */
public final class Easter {

    private Easter() {}

    /**
     * Returns the date of Easter Sunday of a year.
     *
     * <p>Computed with the anonymous Gregorian algorithm published by Jean Meeus (Astronomical
     * Algorithms, 1991) after Jones (1876) and Butcher (1876): integer arithmetic on the golden
     * number, the century and the epact, exact for every Gregorian year.
     *
     * @param year the year, from 1583 (the first full Gregorian year) to 9999
     * @return Easter Sunday of that year
     * @throws IllegalArgumentException if the year is outside 1583..9999
     */
    public static LocalDate sunday(int year) {
        if (year < 1583 || year > 9999) {
            throw new IllegalArgumentException(
                    "Easter is computed for Gregorian years 1583..9999: " + year);
        }
        int a = year % 19;
        int b = year / 100;
        int c = year % 100;
        int d = b / 4;
        int e = b % 4;
        int f = (b + 8) / 25;
        int g = (b - f + 1) / 3;
        int h = (19 * a + b - d - g + 15) % 30;
        int i = c / 4;
        int k = c % 4;
        int l = (32 + 2 * e + 2 * i - h - k) % 7;
        int m = (a + 11 * h + 22 * l) / 451;
        int n = h + l - 7 * m + 114;
        return LocalDate.of(year, n / 31, n % 31 + 1);
    }
}
