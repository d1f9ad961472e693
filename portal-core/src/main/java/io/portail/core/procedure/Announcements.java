package io.portail.core.procedure;

import static java.util.Objects.requireNonNull;

import io.portail.privacy.text.LocalizedText;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.Locale;

/**
 * Writes the announcement of a new procedure: what it brings (its summary) and the offline
 * alternative (the desk with its address and hours, the phone, the post).
 *
 * <p>The social post is cut to {@value Announcement#MAX_SOCIAL_CODE_POINTS} code points by
 * shortening the summary, never the offline alternative. Thread-safe.
 */
public final class Announcements {
    private static final DateTimeFormatter FR =
            DateTimeFormatter.ofPattern("d MMMM uuuu", Locale.FRENCH);
    private static final DateTimeFormatter EN =
            DateTimeFormatter.ofPattern("d MMMM uuuu", Locale.ENGLISH);

    private Announcements() {}

    /**
     * Writes the announcement of a procedure.
     *
     * @param procedure the procedure
     * @param commune the commune
     * @param from the day it is offered online
     * @return the announcement in French and English
     */
    public static Announcement of(Procedure procedure, Commune commune, LocalDate from) {
        requireNonNull(procedure, "procedure");
        requireNonNull(commune, "commune");
        requireNonNull(from, "from");
        Service service = procedure.service();
        String address = String.join(", ", service.postalAddress());
        LocalizedText title = procedure.title();
        LocalizedText summary = procedure.summary();
        LocalizedText hours = service.hours().describe();
        String dayFr = FR.format(from).replaceFirst("^1 ", "1er ");
        String dayEn = EN.format(from);

        LocalizedText newsletter =
                new LocalizedText(
                        "Nouveau à "
                                + commune.name()
                                + " : « "
                                + title.fr()
                                + " » se fait en ligne sur le portail de la mairie à partir du "
                                + dayFr
                                + ". "
                                + summary.fr()
                                + " Vous préférez le faire sans internet ? Venez à l'accueil ("
                                + address
                                + ") : "
                                + lower(hours.fr())
                                + ". Vous pouvez aussi appeler le "
                                + service.phone()
                                + " ou écrire à "
                                + address
                                + ".",
                        "New in "
                                + commune.name()
                                + ": \""
                                + title.en()
                                + "\" can be done online on the town hall portal from "
                                + dayEn
                                + ". "
                                + summary.en()
                                + " Prefer to do it without the internet? Come to the desk ("
                                + address
                                + "): "
                                + hours.en()
                                + ". You can also call "
                                + service.phone()
                                + " or write to "
                                + address
                                + ".");
        String offlineFr =
                " Sans internet : à l'accueil de la mairie ou au " + service.phone() + ".";
        String offlineEn =
                " Without the internet: at the town hall desk or on " + service.phone() + ".";
        LocalizedText social =
                new LocalizedText(
                        post(
                                "Nouveau à " + commune.name() + " : " + title.fr() + ", en ligne. ",
                                summary.fr(),
                                offlineFr),
                        post(
                                "New in " + commune.name() + ": " + title.en() + ", online. ",
                                summary.en(),
                                offlineEn));
        LocalizedText poster =
                new LocalizedText(
                        "Nouveau : "
                                + title.fr()
                                + "\n"
                                + summary.fr()
                                + "\nEn ligne : sur le portail de la mairie de "
                                + commune.name()
                                + ", à partir du "
                                + dayFr
                                + "\nÀ l'accueil : "
                                + address
                                + ". "
                                + hours.fr()
                                + "\nPar téléphone : "
                                + service.phone()
                                + "\nPar courrier : "
                                + address,
                        "New: "
                                + title.en()
                                + "\n"
                                + summary.en()
                                + "\nOnline: on the portal of the town hall of "
                                + commune.name()
                                + ", from "
                                + dayEn
                                + "\nAt the desk: "
                                + address
                                + ". "
                                + hours.en()
                                + "\nBy phone: "
                                + service.phone()
                                + "\nBy post: "
                                + address);
        return new Announcement(newsletter, social, poster);
    }

    /** Shortens the middle part, on a code point boundary, so that the post fits. */
    private static String post(String head, String middle, String tail) {
        String full = head + middle + tail;
        int max = Announcement.MAX_SOCIAL_CODE_POINTS;
        if (Announcement.codePoints(full) <= max) {
            return full;
        }
        int room = max - Announcement.codePoints(head) - Announcement.codePoints(tail) - 1;
        if (room <= 0) {
            String cut = head.strip() + tail;
            return Announcement.codePoints(cut) <= max
                    ? cut
                    : cut.substring(0, cut.offsetByCodePoints(0, max));
        }
        String shortened = middle.substring(0, middle.offsetByCodePoints(0, room)).stripTrailing();
        return head + shortened + "…" + tail;
    }

    private static String lower(String text) {
        return text.isEmpty() ? text : Character.toLowerCase(text.charAt(0)) + text.substring(1);
    }
}
