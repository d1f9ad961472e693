package io.portail.core.payment.fr;

import static java.util.Objects.requireNonNull;

import io.portail.core.payment.PaymentNotification;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.Locale;
import java.util.Map;

/**
 * Turns the details PayFiP gives of a payment (recupererDetailPaiementSecurise, asked for by the
 * adapter once PayFiP calls {@code urlnotif} with the operation's {@code idOp}) into a {@link
 * PaymentNotification}.
 *
 * <p>Fields used: {@code idOp} (the operation, unique per payment: it becomes the transaction
 * identifier, so that the same operation notified twice is recognised), {@code refdet} (the
 * invoice, without hyphens), {@code montant} (cents), {@code resultrans} (see {@link
 * PayFipResult}), {@code dattrans} ({@code ddMMyyyy}) and {@code heurtrans} ({@code HHmm}), read as
 * local time in the commune's zone (an assumption: the specification was not available). Other
 * fields are ignored. Stateless and thread-safe.
 */
public final class PayFipNotification {
    private static final DateTimeFormatter DATE =
            DateTimeFormatter.ofPattern("ddMMuuuu", Locale.ROOT);
    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("HHmm", Locale.ROOT);

    private PayFipNotification() {}

    /**
     * Reads the details of a payment.
     *
     * @param fields the fields PayFiP returned, by name
     * @param zone the commune's zone
     * @return the notification, in euros
     * @throws IllegalArgumentException if a field is missing or malformed, or the result code is
     *     unknown (the message names the field, never its value)
     */
    public static PaymentNotification of(Map<String, String> fields, ZoneId zone) {
        requireNonNull(fields, "fields");
        requireNonNull(zone, "zone");
        String operation = field(fields, "idOp");
        String refdet = field(fields, "refdet");
        String montant = field(fields, "montant");
        if (!montant.matches("\\d{1,12}")) {
            throw new IllegalArgumentException("PayFiP: montant is a whole number of cents");
        }
        PayFipResult result =
                PayFipResult.of(field(fields, "resultrans"))
                        .orElseThrow(
                                () ->
                                        new IllegalArgumentException(
                                                "PayFiP: resultrans is one of P, V, R, Z, A"));
        LocalDate date;
        LocalTime time;
        try {
            date = LocalDate.parse(field(fields, "dattrans"), DATE);
            time = LocalTime.parse(field(fields, "heurtrans"), TIME);
        } catch (DateTimeParseException e) {
            throw new IllegalArgumentException(
                    "PayFiP: dattrans is ddMMyyyy and heurtrans is HHmm", e);
        }
        return new PaymentNotification(
                operation,
                refdet,
                Long.parseLong(montant),
                "EUR",
                result.outcome(),
                date.atTime(time).atZone(zone).toInstant());
    }

    private static String field(Map<String, String> fields, String name) {
        String value = fields.get(name);
        if (value == null || value.isBlank()) {
            throw new IllegalArgumentException("PayFiP: " + name + " is missing");
        }
        return value.strip();
    }
}
