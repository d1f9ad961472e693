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
     * Returns the request with its deadline extended.
     *
     * @param months the months added in all, 1 or 2
     * @param reason why, as the resident will read it
     * @param decidedOn the day the resident is told, which must be within the first month
     * @return the extended request
     * @throws IllegalArgumentException if months is not 1 or 2, is less than an extension already
     *     granted, or the resident is told after the first month
     */
    public SubjectRequest extend(int months, LocalizedText reason, LocalDate decidedOn) {
        requireNonNull(reason, "reason");
        requireNonNull(decidedOn, "decidedOn");
        if (months < 1 || months < extensionMonths) {
            throw new IllegalArgumentException(
                    "An extension adds 1 or 2 months and never shortens one already granted");
        }
        if (decidedOn.isAfter(initialDueOn()) || decidedOn.isBefore(receivedOn)) {
            throw new IllegalArgumentException(
                    "An extension is told to the resident within one month of receipt (GDPR art."
                            + " 12(3)): due "
                            + initialDueOn());
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
     * Returns the last day to answer, moved past Saturdays and Sundays.
     *
     * @return the due day
     */
    public LocalDate dueOn() {
        return dueOn(
                day ->
                        day.getDayOfWeek() != DayOfWeek.SATURDAY
                                && day.getDayOfWeek() != DayOfWeek.SUNDAY);
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
        LocalDate day = receivedOn.plusMonths(1L + extensionMonths);
        for (int i = 0; i < 366; i++) {
            if (workingDay.test(day)) {
                return day;
            }
            day = day.plusDays(1);
        }
        throw new IllegalArgumentException("The calendar has no working day within a year");
    }
}
