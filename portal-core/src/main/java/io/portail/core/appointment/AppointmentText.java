package io.portail.core.appointment;

import static java.util.Objects.requireNonNull;

import io.portail.privacy.text.Template;
import java.util.Locale;
import java.util.Map;

/**
 * Writes what a resident reads once an appointment is booked, in French (the default) or English.
 *
 * <p>Stateless and thread-safe.
 */
public final class AppointmentText {
    private static final String FRENCH =
            "Votre rendez-vous est confirmé : {motive}, le {when}.\n"
                    + "Lieu : {townHall}, {desk}, {location}.\n"
                    + "Vous pouvez le déplacer en ligne jusqu'au {moveBy}, et l'annuler jusqu'au"
                    + " {cancelBy}.\n";

    private static final String ENGLISH =
            "Your appointment is confirmed: {motive}, on {when}.\n"
                    + "Place: {townHall}, {desk}, {location}.\n"
                    + "You can move it online until {moveBy}, and cancel it until {cancelBy}.\n";

    private AppointmentText() {}

    /**
     * Writes the confirmation of an appointment.
     *
     * @param appointment the appointment
     * @param agenda its agenda
     * @param locale the resident's language: English for an English locale, French otherwise
     * @return the text, lines separated by {@code \n}
     */
    public static String confirmation(Appointment appointment, Agenda agenda, Locale locale) {
        requireNonNull(appointment, "appointment");
        requireNonNull(agenda, "agenda");
        requireNonNull(locale, "locale");
        BookingRules rules = agenda.rules();
        return Template.fill(
                Wording.isEnglish(locale) ? ENGLISH : FRENCH,
                Map.of(
                        "motive",
                        agenda.motive().label().in(locale),
                        "when",
                        Wording.dateTime(appointment.start(), agenda.zone(), locale),
                        "townHall",
                        agenda.townHall(),
                        "desk",
                        agenda.desk().in(locale),
                        "location",
                        agenda.location(),
                        "moveBy",
                        Wording.dateTime(
                                appointment.start().minus(rules.moveCutoff()),
                                agenda.zone(),
                                locale),
                        "cancelBy",
                        Wording.dateTime(
                                appointment.start().minus(rules.cancellationCutoff()),
                                agenda.zone(),
                                locale)));
    }
}
