package io.portail.core.deadline;

import static java.util.Objects.requireNonNull;

import io.portail.core.calendar.WorkingCalendar;
import java.time.LocalDate;

/**
 * The days by which an administration must acknowledge a request sent electronically; immutable.
 *
 * <p>CRPA art. L112-11 and R112-11-2: when the acknowledgement of receipt (accusé de réception
 * électronique) is not immediate, an acknowledgement of registration (accusé d'enregistrement
 * électronique) is sent at once or, failing that, within one working day of receipt, and the
 * acknowledgement of receipt within seven days of receipt. Working days (jours ouvrés) are those of
 * the administration's calendar; a request received on a non-working day counts from the next
 * working day. The seven days are calendar days, counted from the day after receipt, and not moved:
 * the text moves neither.
 *
 * <p>Source: CRPA art. R112-11-2 as consolidated on Légifrance (LEGIARTI000031430621), which reads
 * « sept jours ». An earlier version of this class followed the guidance of service-public.fr (ten
 * working days), which gives a later day than the decree allows; the decree prevails.
 *
 * <p>{@link io.portail.core.Portal} issues its acknowledgement of receipt at once, with the
 * mentions of CRPA art. R112-11-1, so it sends no acknowledgement of registration (due only when
 * the receipt is not immediate, CRPA art. L112-11); these deadlines are for an integrator whose
 * receipt is issued later, by a back office.
 *
 * @param receivedOn the day the request was received
 * @param registrationDueBy the last day to send the acknowledgement of registration
 * @param receiptDueBy the last day to send the acknowledgement of receipt
 */
public record AcknowledgementDeadlines(
        LocalDate receivedOn, LocalDate registrationDueBy, LocalDate receiptDueBy) {

    /** Working days allowed for the acknowledgement of registration (CRPA art. R112-11-2). */
    public static final int REGISTRATION_WORKING_DAYS = 1;

    /** Days allowed for the acknowledgement of receipt (CRPA art. R112-11-2): seven. */
    public static final int RECEIPT_DAYS = 7;

    /**
     * Checks the components.
     *
     * @param receivedOn the day the request was received
     * @param registrationDueBy the last day to send the acknowledgement of registration
     * @param receiptDueBy the last day to send the acknowledgement of receipt
     * @throws IllegalArgumentException if a due day is before the day of receipt, or the receipt is
     *     due before the registration
     */
    public AcknowledgementDeadlines {
        requireNonNull(receivedOn, "receivedOn");
        requireNonNull(registrationDueBy, "registrationDueBy");
        requireNonNull(receiptDueBy, "receiptDueBy");
        if (registrationDueBy.isBefore(receivedOn) || receiptDueBy.isBefore(registrationDueBy)) {
            throw new IllegalArgumentException(
                    "Acknowledgements are due in order after receipt: "
                            + receivedOn
                            + ", "
                            + registrationDueBy
                            + ", "
                            + receiptDueBy);
        }
    }

    /**
     * Computes the due days of both acknowledgements of a request.
     *
     * @param receivedOn the day the request was received, in the administration's time zone
     * @param calendar the administration's working days
     * @return the due days
     * @throws IllegalArgumentException if a date falls outside the calendar's years
     */
    public static AcknowledgementDeadlines of(LocalDate receivedOn, WorkingCalendar calendar) {
        requireNonNull(receivedOn, "receivedOn");
        requireNonNull(calendar, "calendar");
        return new AcknowledgementDeadlines(
                receivedOn,
                calendar.plusWorkingDays(receivedOn, REGISTRATION_WORKING_DAYS),
                receivedOn.plusDays(RECEIPT_DAYS));
    }
}
