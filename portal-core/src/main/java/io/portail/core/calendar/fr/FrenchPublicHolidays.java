package io.portail.core.calendar.fr;

import io.portail.core.calendar.PublicHoliday;
import java.time.LocalDate;
import java.time.MonthDay;
import java.util.ArrayList;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * The public holidays of a French territory in a given year.
 *
 * <p>No holiday is moved when it falls on a weekend: French law has no substitute day.
 */
final class FrenchPublicHolidays {

    private FrenchPublicHolidays() {}

    static List<PublicHoliday> of(Territory territory, int year) {
        LocalDate easter = Easter.sunday(year);
        List<PublicHoliday> holidays = new ArrayList<>();
        // Code du travail art. L3133-1: the eleven public holidays (fêtes légales).
        holidays.add(holiday(LocalDate.of(year, 1, 1), "1er janvier", "New Year's Day"));
        holidays.add(holiday(easter.plusDays(1), "Lundi de Pâques", "Easter Monday"));
        holidays.add(holiday(LocalDate.of(year, 5, 1), "1er mai", "Labour Day"));
        holidays.add(holiday(LocalDate.of(year, 5, 8), "8 mai", "Victory in Europe Day"));
        holidays.add(holiday(easter.plusDays(39), "Ascension", "Ascension Day"));
        // L3133-1 6°. The journée de solidarité (L3133-7 to L3133-12; loi 2004-626 art. 6 for
        // the civil service) may make staff work on Whit Monday, but the day stays a public
        // holiday: an administration's deadlines treat it as one, so a resident is never
        // expected to find offices open that day.
        holidays.add(holiday(easter.plusDays(50), "Lundi de Pentecôte", "Whit Monday"));
        holidays.add(holiday(LocalDate.of(year, 7, 14), "14 juillet", "National Day"));
        holidays.add(holiday(LocalDate.of(year, 8, 15), "Assomption", "Assumption Day"));
        holidays.add(holiday(LocalDate.of(year, 11, 1), "Toussaint", "All Saints' Day"));
        holidays.add(holiday(LocalDate.of(year, 11, 11), "11 novembre", "Armistice Day"));
        holidays.add(holiday(LocalDate.of(year, 12, 25), "Noël", "Christmas Day"));

        if (territory == Territory.ALSACE_MOSELLE) {
            // Code du travail art. L3134-13 (local law of Moselle, Bas-Rhin and Haut-Rhin).
            // The text limits Good Friday to communes having a Protestant temple or a mixed
            // church; it is applied here to the whole of the three departments, as most
            // administrations there close that day.
            holidays.add(holiday(easter.minusDays(2), "Vendredi saint", "Good Friday"));
            holidays.add(holiday(LocalDate.of(year, 12, 26), "26 décembre", "St Stephen's Day"));
        }
        MonthDay abolition = abolitionOfSlavery(territory, year);
        if (abolition != null) {
            // Loi 83-550 du 30 juin 1983 and décret 83-1003 du 23 novembre 1983, as amended by
            // décret 2012-553 du 23 avril 2012 (Saint-Barthélemy, Saint-Martin); Code du travail
            // art. L3422-2.
            holidays.add(
                    holiday(
                            abolition.atYear(year),
                            "Abolition de l'esclavage",
                            "Abolition of slavery"));
        }
        return holidays;
    }

    private static @Nullable MonthDay abolitionOfSlavery(Territory territory, int year) {
        switch (territory) {
            case SAINT_BARTHELEMY:
                // 9 October since décret 2012-553; before, Saint-Barthélemy kept the date of
                // Guadeloupe, of which it was a commune until 2007.
                return year >= 2012 ? MonthDay.of(10, 9) : MonthDay.of(5, 27);
            case SAINT_MARTIN:
                // 27 May (as Guadeloupe) until 2017; 28 May since 2018, per the deliberation of
                // the territorial council of 5 November 2015 applied by the interministerial
                // circulars of 2018 and 3 May 2019 (the decree of 2016 misprinted "28 mars").
                return year >= 2018 ? MonthDay.of(5, 28) : MonthDay.of(5, 27);
            default:
                return territory.abolitionOfSlavery();
        }
    }

    private static PublicHoliday holiday(LocalDate date, String name, String englishName) {
        return new PublicHoliday(date, name, englishName);
    }
}
