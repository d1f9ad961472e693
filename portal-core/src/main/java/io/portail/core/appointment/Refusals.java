package io.portail.core.appointment;

import io.portail.core.appointment.Refusal.Reason;
import io.portail.forms.constraints.Problem;
import io.portail.forms.constraints.RuleMessages;
import io.portail.privacy.text.LocalizedText;
import io.portail.privacy.text.Template;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.util.Locale;
import java.util.Map;

/** The refusals of the appointment book and their wording, in French and English. */
final class Refusals {
    private Refusals() {}

    static Refusal noSlot() {
        return of(
                Reason.NO_SLOT,
                "Il n'y a pas de rendez-vous à cet horaire. Choisissez un horaire proposé dans"
                        + " l'agenda.",
                "There is no appointment at this time. Choose a time offered in the agenda.");
    }

    static Refusal slotFull() {
        return of(
                Reason.SLOT_FULL,
                "Ce créneau est complet. Choisissez un autre horaire.",
                "This slot is full. Choose another time.");
    }

    static Refusal tooSoon(Duration notice) {
        return new Refusal(
                Reason.TOO_SOON,
                fill(
                        "Ce créneau commence dans moins de {d} : il ne peut plus être réservé en"
                                + " ligne. Choisissez un créneau plus tard.",
                        "This slot starts in less than {d}: it can no longer be booked online."
                                + " Choose a later slot.",
                        notice));
    }

    static Refusal tooFar(Duration horizon) {
        return new Refusal(
                Reason.TOO_FAR,
                fill(
                        "Les rendez-vous s'ouvrent {d} à l'avance. Choisissez une date plus"
                                + " proche.",
                        "Appointments open {d} ahead. Choose an earlier date.",
                        horizon));
    }

    static Refusal alreadyBooked(Motive motive, Instant start, ZoneId zone) {
        String fr =
                "Vous avez déjà un rendez-vous pour ce motif ({motive}) le {when}. Pour changer"
                        + " d'horaire, déplacez ce rendez-vous.";
        String en =
                "You already have an appointment for this purpose ({motive}) on {when}. To change"
                        + " the time, move that appointment.";
        return new Refusal(
                Reason.ALREADY_BOOKED,
                new LocalizedText(
                        Template.fill(
                                fr,
                                Map.of(
                                        "motive",
                                        motive.label().fr(),
                                        "when",
                                        Wording.dateTime(start, zone, Locale.FRENCH))),
                        Template.fill(
                                en,
                                Map.of(
                                        "motive",
                                        motive.label().en(),
                                        "when",
                                        Wording.dateTime(start, zone, Locale.ENGLISH)))));
    }

    static Refusal notFound() {
        return of(
                Reason.NOT_FOUND,
                "Nous ne trouvons pas ce rendez-vous : il a peut-être déjà été annulé.",
                "We cannot find this appointment: it may already have been cancelled.");
    }

    static Refusal holdExpired(Duration holdFor) {
        return new Refusal(
                Reason.HOLD_EXPIRED,
                fill(
                        "Le créneau a été gardé pour vous pendant {d}, et ce temps est passé."
                                + " Choisissez de nouveau un créneau.",
                        "The slot was kept for you for {d}, and that time has passed. Choose a"
                                + " slot again.",
                        holdFor));
    }

    static Refusal preDemandeFormat(Problem problem) {
        return new Refusal(
                Reason.PRE_DEMANDE_FORMAT,
                new LocalizedText(
                        RuleMessages.message("ants-pre-demande", problem, Locale.FRENCH),
                        RuleMessages.message("ants-pre-demande", problem, Locale.ENGLISH)));
    }

    static Refusal preDemandeUnknown() {
        return of(
                Reason.PRE_DEMANDE_UNKNOWN,
                "L'ANTS ne connaît pas ce numéro de pré-demande. Vérifiez-le sur le récapitulatif"
                        + " de votre pré-demande, par exemple 1A2B3C4D5E.",
                "The ANTS does not know this pre-application number. Check it on the summary of"
                        + " your pre-application, for example 1A2B3C4D5E.");
    }

    static Refusal preDemandeNotValidated() {
        return of(
                Reason.PRE_DEMANDE_NOT_VALIDATED,
                "Votre pré-demande n'est pas encore validée. Terminez-la sur ants.gouv.fr, puis"
                        + " revenez prendre rendez-vous.",
                "Your pre-application is not validated yet. Complete it on ants.gouv.fr, then"
                        + " come back to book.");
    }

    static Refusal preDemandeConsumed() {
        return of(
                Reason.PRE_DEMANDE_CONSUMED,
                "Cette pré-demande a déjà servi pour une demande de titre. Faites une nouvelle"
                        + " pré-demande sur ants.gouv.fr.",
                "This pre-application has already been used for an application. Make a new"
                        + " pre-application on ants.gouv.fr.");
    }

    static Refusal preDemandeExpired() {
        return of(
                Reason.PRE_DEMANDE_EXPIRED,
                "Cette pré-demande a expiré. Faites une nouvelle pré-demande sur ants.gouv.fr.",
                "This pre-application has expired. Make a new pre-application on ants.gouv.fr.");
    }

    /** Names the other town hall and where the resident can cancel there. */
    static Refusal bookedElsewhere(AntsAppointment other, ZoneId zone) {
        String fr =
                "Cette pré-demande a déjà un rendez-vous ailleurs : {place}, le {when}. Un"
                        + " seul rendez-vous est possible par pré-demande : pour venir ici,"
                        + " annulez d'abord l'autre rendez-vous à l'adresse {url}";
        String en =
                "This pre-application already has an appointment elsewhere: {place}, on {when}."
                        + " Only one appointment is allowed per pre-application: to come here,"
                        + " first cancel the other one at {url}";
        return new Refusal(
                Reason.PRE_DEMANDE_BOOKED_ELSEWHERE,
                new LocalizedText(
                        Template.fill(
                                fr,
                                Map.of(
                                        "when",
                                        Wording.dateTime(other.start(), zone, Locale.FRENCH),
                                        "place",
                                        other.meetingPoint(),
                                        "url",
                                        other.managementUrl())),
                        Template.fill(
                                en,
                                Map.of(
                                        "when",
                                        Wording.dateTime(other.start(), zone, Locale.ENGLISH),
                                        "place",
                                        other.meetingPoint(),
                                        "url",
                                        other.managementUrl()))));
    }

    /** The same pre-application already has an appointment in this book. */
    static Refusal bookedHere(Agenda agenda, Instant start) {
        String fr =
                "Cette pré-demande a déjà un rendez-vous : {place}, le {when}. Un seul"
                        + " rendez-vous est possible par pré-demande.";
        String en =
                "This pre-application already has an appointment: {place}, on {when}. Only one"
                        + " appointment is allowed per pre-application.";
        return new Refusal(
                Reason.PRE_DEMANDE_BOOKED_ELSEWHERE,
                new LocalizedText(
                        Template.fill(
                                fr,
                                Map.of(
                                        "when",
                                        Wording.dateTime(start, agenda.zone(), Locale.FRENCH),
                                        "place",
                                        agenda.townHall())),
                        Template.fill(
                                en,
                                Map.of(
                                        "when",
                                        Wording.dateTime(start, agenda.zone(), Locale.ENGLISH),
                                        "place",
                                        agenda.townHall()))));
    }

    static Refusal antsUnavailable() {
        return of(
                Reason.ANTS_UNAVAILABLE,
                "Nous n'avons pas pu vérifier votre numéro de pré-demande auprès de l'ANTS. Rien"
                        + " n'a été réservé. Réessayez dans quelques minutes.",
                "We could not check your pre-application number with the ANTS. Nothing has been"
                        + " booked. Try again in a few minutes.");
    }

    static Refusal cancelTooLate(Duration cutoff) {
        return new Refusal(
                Reason.CANCEL_TOO_LATE,
                fill(
                        "Ce rendez-vous commence dans moins de {d} : il ne peut plus être annulé"
                                + " en ligne. Prévenez la mairie par téléphone.",
                        "This appointment starts in less than {d}: it can no longer be cancelled"
                                + " online. Let the town hall know by phone.",
                        cutoff));
    }

    static Refusal moveTooLate(Duration cutoff) {
        return new Refusal(
                Reason.MOVE_TOO_LATE,
                fill(
                        "Ce rendez-vous commence dans moins de {d} : il ne peut plus être déplacé"
                                + " en ligne. Prévenez la mairie par téléphone.",
                        "This appointment starts in less than {d}: it can no longer be moved"
                                + " online. Let the town hall know by phone.",
                        cutoff));
    }

    private static Refusal of(Reason reason, String fr, String en) {
        return new Refusal(reason, new LocalizedText(fr, en));
    }

    private static LocalizedText fill(String fr, String en, Duration duration) {
        return new LocalizedText(
                Template.fill(fr, Map.of("d", Wording.duration(duration, Locale.FRENCH))),
                Template.fill(en, Map.of("d", Wording.duration(duration, Locale.ENGLISH))));
    }
}
