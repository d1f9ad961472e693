package io.portail.core.calendar.fr;

import static java.util.Objects.requireNonNull;

import io.portail.core.calendar.BitsetWorkingCalendar;
import io.portail.core.calendar.PublicHoliday;
import io.portail.core.calendar.WorkingCalendar;
import java.time.DayOfWeek;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The working-day calendar and the time zone of a French department or commune.
 *
 * <p>Working days are Monday to Friday except public holidays: the eleven of Code du travail art.
 * L3133-1 everywhere (Whit Monday included); Good Friday and 26 December in Moselle, Bas-Rhin and
 * Haut-Rhin (L3134-13); the day commemorating the abolition of slavery in Guadeloupe, Martinique,
 * Guyane, La Réunion, Mayotte, Saint-Barthélemy and Saint-Martin (loi 83-550, décret 83-1003 as
 * amended). A holiday on a weekend is not moved.
 *
 * <p>Calendars cover the years {@value #FIRST_YEAR} to {@value #LAST_YEAR} and apply the rules in
 * force since 2018 to every year, except for the dates of Saint-Barthélemy and Saint-Martin, which
 * follow their changes. Returned calendars are shared, immutable and thread-safe.
 *
 * <p>Note: French Polynesia, New Caledonia, Wallis and Futuna, the French Southern and Antarctic
 * Lands and Clipperton (codes 984 to 989) have their own law of public holidays and are refused. In
 * Alsace-Moselle, Good Friday is a holiday for the whole department, although the text limits it to
 * communes having a Protestant temple or a mixed church.
 */
public final class FrenchCalendars {

    /** The first year covered by the calendars. */
    public static final int FIRST_YEAR = 2000;

    /** The last year covered by the calendars, inclusive. */
    public static final int LAST_YEAR = 2100;

    private static final Map<Territory, WorkingCalendar> CALENDARS = new ConcurrentHashMap<>();

    private FrenchCalendars() {}

    /**
     * Returns the working-day calendar of a department.
     *
     * @param departmentCode the department's code in the Code officiel géographique: {@code 01} to
     *     {@code 95} (no {@code 20}), {@code 2A}, {@code 2B}, {@code 971} to {@code 978}
     * @return the shared calendar; departments with the same holidays share one instance
     * @throws IllegalArgumentException if the code is not a supported French department
     */
    public static WorkingCalendar forDepartment(String departmentCode) {
        return calendarOf(territoryOfDepartment(departmentCode));
    }

    /**
     * Returns the working-day calendar of a commune.
     *
     * @param inseeCode the commune's INSEE code, five characters, for example {@code 57463} or
     *     {@code 2A004}
     * @return the shared calendar of the commune's department
     * @throws IllegalArgumentException if the code is not a commune code of a supported department
     */
    public static WorkingCalendar forCommune(String inseeCode) {
        return forDepartment(departmentOfCommune(inseeCode));
    }

    /**
     * Returns the time zone in which the legal dates of a department are reckoned.
     *
     * @param departmentCode the department's code, as for {@link #forDepartment(String)}
     * @return the zone, for example {@code Europe/Paris} or {@code Indian/Reunion}
     * @throws IllegalArgumentException if the code is not a supported French department
     */
    public static ZoneId zoneForDepartment(String departmentCode) {
        return territoryOfDepartment(departmentCode).zone();
    }

    /**
     * Returns the time zone in which the legal dates of a commune are reckoned.
     *
     * @param inseeCode the commune's INSEE code, as for {@link #forCommune(String)}
     * @return the zone of the commune's department
     * @throws IllegalArgumentException if the code is not a commune code of a supported department
     */
    public static ZoneId zoneForCommune(String inseeCode) {
        return zoneForDepartment(departmentOfCommune(inseeCode));
    }

    /**
     * Returns the department of a commune from its INSEE code: the first three characters for
     * overseas codes ({@code 97} or {@code 98}), otherwise the first two ({@code 2A} and {@code 2B}
     * for Corsica).
     *
     * <p>Note: the code tells the department the commune had when the code was given. Five
     * associated communes of the 2026 Code officiel géographique now belong, through their parent,
     * to another department (for example {@code 02285}, attached to a commune of department 59);
     * none of them crosses a border between different public holidays or time zones, so their
     * calendar and zone are right.
     *
     * @param inseeCode the commune's INSEE code, five characters
     * @return the department's code
     * @throws IllegalArgumentException if the code is not five digits, or 2A or 2B and three digits
     */
    public static String departmentOfCommune(String inseeCode) {
        requireNonNull(inseeCode, "inseeCode");
        if (!inseeCode.matches("[0-9]{5}|2[AB][0-9]{3}")) {
            throw new IllegalArgumentException(
                    "A commune's INSEE code is five digits, or 2A or 2B and three digits: "
                            + shown(inseeCode));
        }
        boolean overseas = inseeCode.startsWith("97") || inseeCode.startsWith("98");
        return inseeCode.substring(0, overseas ? 3 : 2);
    }

    static Territory territoryOfDepartment(String departmentCode) {
        requireNonNull(departmentCode, "departmentCode");
        switch (departmentCode) {
            case "57":
            case "67":
            case "68":
                return Territory.ALSACE_MOSELLE;
            case "2A":
            case "2B":
                return Territory.METROPOLE;
            case "971":
                return Territory.GUADELOUPE;
            case "972":
                return Territory.MARTINIQUE;
            case "973":
                return Territory.GUYANE;
            case "974":
                return Territory.REUNION;
            case "975":
                return Territory.SAINT_PIERRE_ET_MIQUELON;
            case "976":
                return Territory.MAYOTTE;
            case "977":
                return Territory.SAINT_BARTHELEMY;
            case "978":
                return Territory.SAINT_MARTIN;
            case "984":
            case "986":
            case "987":
            case "988":
            case "989":
                throw new IllegalArgumentException(
                        "This collectivity has its own law of public holidays, not supported: "
                                + departmentCode);
            default:
                if (departmentCode.matches("0[1-9]|1[0-9]|[3-8][0-9]|9[0-5]|2[1-9]")) {
                    return Territory.METROPOLE;
                }
                throw new IllegalArgumentException(
                        "Not a French department code (01 to 95, 2A, 2B, 971 to 978): "
                                + shown(departmentCode));
        }
    }

    private static WorkingCalendar calendarOf(Territory territory) {
        return CALENDARS.computeIfAbsent(territory, FrenchCalendars::build);
    }

    private static WorkingCalendar build(Territory territory) {
        List<PublicHoliday> holidays = new ArrayList<>();
        for (int year = FIRST_YEAR; year <= LAST_YEAR; year++) {
            holidays.addAll(FrenchPublicHolidays.of(territory, year));
        }
        return BitsetWorkingCalendar.of(
                territory.calendarId(),
                FIRST_YEAR,
                LAST_YEAR,
                EnumSet.of(DayOfWeek.SATURDAY, DayOfWeek.SUNDAY),
                holidays);
    }

    /** Echoes a code in a message only when it is short and plain. */
    private static String shown(String code) {
        return code.matches("[0-9A-Za-z]{0,6}") ? code : "(" + code.length() + " characters)";
    }
}
