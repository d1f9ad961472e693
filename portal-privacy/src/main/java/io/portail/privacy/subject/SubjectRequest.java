package io.portail.privacy.subject;

import static java.util.Objects.requireNonNull;

import io.portail.privacy.text.LocalizedText;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.function.Predicate;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;

/**
 * A data subject's request and its deadline (GDPR art. 12(3)).
 *
 * <p>The commune answers within one month of receipt; it may extend that by up to two further
 * months where needed, given the complexity and number of requests, if it tells the resident within
 * the first month, with the reasons. Months are counted as Regulation (EEC, Euratom) 1182/71 does
 * (art. 3(2)(c)), which the EDPB applies to art. 12(3) (guidelines 01/2022 on the right of access):
 * the period ends on the same date in the next month, or on the last day of that month if it has no
 * such date (received 31 January, due 28 or 29 February). When the last day is not a working day,
 * the period ends on the next working day (Regulation 1182/71, art. 3(4)). Immutable and
 * thread-safe.
 *
 * @param id the request's opaque id
 * @param type what is asked for
 * @param subject the data subject
 * @param receivedOn the day the commune received the request
 * @param extensionMonths the months added to the deadline, 0 to 2
 * @param extensionReason why the deadline was extended, null if it was not
 */
public record SubjectRequest(
        String id,
        RequestType type,
        SubjectRef subject,
        LocalDate receivedOn,
        int extensionMonths,
        @Nullable LocalizedText extensionReason) {
    private static final Pattern ID = Pattern.compile("[A-Za-z0-9._:-]{1,64}");

    /**
     * Checks the request.
     *
     * @param id the request's opaque id
     * @param type what is asked for
     * @param subject the data subject
     * @param receivedOn the day the commune received the request
     * @param extensionMonths the months added to the deadline, 0 to 2
     * @param extensionReason why the deadline was extended, null if it was not
     * @throws IllegalArgumentException if the id is not opaque, the extension is not 0 to 2 months,
     *     or a reason is missing for an extension or given without one
     */
    public SubjectRequest {
        requireNonNull(id, "id");
        requireNonNull(type, "type");
        requireNonNull(subject, "subject");
        requireNonNull(receivedOn, "receivedOn");
        if (!ID.matcher(id).matches()) {
            throw new IllegalArgumentException(
                    "A request id is an opaque id of 1 to 64 letters, digits or . _ : -");
        }
        if (extensionMonths < 0 || extensionMonths > 2) {
            // GDPR art. 12(3): "extended by two further months where necessary".
            throw new IllegalArgumentException(
                    "A deadline can be extended by at most two months (GDPR art. 12(3)): "
                            + extensionMonths);
        }
        if ((extensionMonths > 0) != (extensionReason != null)) {
            throw new IllegalArgumentException(
                    "An extension states its reasons, and only an extension does (GDPR art. 12(3))");
        }
    }

    /**
     * Returns a request received on a day, not extended.
     *
     * @param id the request's opaque id
     * @param type what is asked for
     * @param subject the data subject
     * @param receivedOn the day received
     * @return the request
     * @throws IllegalArgumentException if the id is not opaque
     */
    public static SubjectRequest of(
            String id, RequestType type, SubjectRef subject, LocalDate receivedOn) {
        return new SubjectRequest(id, type, subject, receivedOn, 0, null);
    }

    /**
     * Returns the request with its deadline extended, the first month ending on a weekday.
     *
     * <p>The resident must be told within the first month, which ends as {@link #dueOn()} says:
     * moved past a Saturday or Sunday (Regulation 1182/71, art. 3(4)). A commune whose calendar has
     * public holidays uses {@link #extend(int, LocalizedText, LocalDate, Predicate)} with the
     * calendar it gives {@link #dueOn(Predicate)}, so that both agree on when the first month ends.
     *
     * @param months the months added in all, 1 or 2
     * @param reason why, as the resident will read it
     * @param decidedOn the day the resident is told, which must be within the first month
     * @return the extended request
     * @throws IllegalArgumentException if months is not 1 or 2, is less than an extension already
     *     granted, or the resident is told before receipt or after the first month
     */
    public SubjectRequest extend(int months, LocalizedText reason, LocalDate decidedOn) {
        return extend(months, reason, decidedOn, SubjectRequest::isWeekday);
    }

    /**
     * Returns the request with its deadline extended, the first month ending on a working day of
     * the commune's calendar.
     *
     * <p>GDPR art. 12(3) lets the commune extend the deadline if it tells the resident within one
     * month of receipt. That month ends as {@link #dueOn(Predicate)} says for a request not
     * extended: on the same date in the next month, moved to the next working day when that date is
     * a weekend or public holiday (Regulation (EEC, Euratom) No 1182/71, art. 3(4)). An extension
     * told on a day that {@code dueOn} counts as in time is therefore never refused.
     *
     * @param months the months added in all, 1 or 2
     * @param reason why, as the resident will read it
     * @param decidedOn the day the resident is told, which must be within the first month
     * @param workingDay tells whether a day is a working day (no weekend, no public holiday)
     * @return the extended request
     * @throws IllegalArgumentException if months is not 1 or 2, is less than an extension already
     *     granted, the resident is told before receipt or after the first month, or no working day
     *     comes within a year
     */
    public SubjectRequest extend(
            int months,
            LocalizedText reason,
            LocalDate decidedOn,
            Predicate<LocalDate> workingDay) {
        requireNonNull(reason, "reason");
        requireNonNull(decidedOn, "decidedOn");
        requireNonNull(workingDay, "workingDay");
        if (months < 1 || months < extensionMonths) {
            throw new IllegalArgumentException(
                    "An extension adds 1 or 2 months and never shortens one already granted");
        }
        // GDPR art. 12(3): told "within one month of receipt of the request"; that month ends on
        // the next working day when its last day is not one (Regulation 1182/71, art. 3(4)).
        LocalDate firstMonthEnds = firstMonthEndsOn(workingDay);
        if (decidedOn.isAfter(firstMonthEnds) || decidedOn.isBefore(receivedOn)) {
            throw new IllegalArgumentException(
                    "An extension is told to the resident within one month of receipt (GDPR art."
                            + " 12(3)): due "
                            + firstMonthEnds);
        }
        return new SubjectRequest(id, type, subject, receivedOn, months, reason);
    }

    /**
     * Returns the last day of the first month, before any extension or working-day shift.
     *
     * @return the day received plus one month
     */
    public LocalDate initialDueOn() {
        return receivedOn.plusMonths(1);
    }

    /**
     * Returns the last day of the first month, moved to the next working day: the last day to
     * answer without an extension, and to tell the resident of one (GDPR art. 12(3); Regulation
     * 1182/71, art. 3(4)).
     *
     * @param workingDay tells whether a day is a working day (no weekend, no public holiday)
     * @return the day received plus one month, or the next working day after it
     * @throws IllegalArgumentException if no working day comes within a year
     */
    public LocalDate firstMonthEndsOn(Predicate<LocalDate> workingDay) {
        requireNonNull(workingDay, "workingDay");
        return nextWorkingDay(initialDueOn(), workingDay);
    }

    /**
     * Returns the last day to answer, moved past Saturdays and Sundays.
     *
     * @return the due day
     */
    public LocalDate dueOn() {
        return dueOn(SubjectRequest::isWeekday);
    }

    /**
     * Returns the last day to answer, moved to the next working day of the commune's calendar.
     *
     * @param workingDay tells whether a day is a working day (no weekend, no public holiday)
     * @return the due day
     * @throws IllegalArgumentException if no working day comes within a year
     */
    public LocalDate dueOn(Predicate<LocalDate> workingDay) {
        requireNonNull(workingDay, "workingDay");
        return nextWorkingDay(receivedOn.plusMonths(1L + extensionMonths), workingDay);
    }

    private static boolean isWeekday(LocalDate day) {
        return day.getDayOfWeek() != DayOfWeek.SATURDAY && day.getDayOfWeek() != DayOfWeek.SUNDAY;
    }

    /** The day itself if it is a working day, else the next one (Regulation 1182/71 art. 3(4)). */
    private static LocalDate nextWorkingDay(LocalDate from, Predicate<LocalDate> workingDay) {
        LocalDate day = from;
        for (int i = 0; i < 366; i++) {
            if (workingDay.test(day)) {
                return day;
            }
            day = day.plusDays(1);
        }
        throw new IllegalArgumentException("The calendar has no working day within a year");
    }
}
