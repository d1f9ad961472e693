package io.portail.core.report;

import static java.util.Objects.requireNonNull;

import io.portail.privacy.text.LocalizedText;

/**
 * Writes what a resident reads about their report: that it was received, and where it stands.
 *
 * <p>Stateless and thread-safe.
 */
public final class ReportText {
    private ReportText() {}

    /**
     * Writes the acknowledgement of a new report.
     *
     * @param report the report
     * @param category its category
     * @return the text
     * @throws IllegalArgumentException if the category is not the report's
     */
    public static LocalizedText received(Report report, ReportCategory category) {
        requireNonNull(report, "report");
        requireNonNull(category, "category");
        if (!category.code().equals(report.category())) {
            throw new IllegalArgumentException("The category is not the report's");
        }
        return new LocalizedText(
                "Votre signalement n° "
                        + report.id()
                        + " ("
                        + category.label().fr()
                        + ") est bien reçu. Merci : les services de la mairie vont s'en occuper."
                        + (report.isAnonymous()
                                ? " Notez son numéro pour suivre où il en est."
                                : " Vous serez prévenu quand il sera traité."),
                "Your report no. "
                        + report.id()
                        + " ("
                        + category.label().en()
                        + ") has been received. Thank you: the town hall's services will deal"
                        + " with it."
                        + (report.isAnonymous()
                                ? " Keep its number to follow where it stands."
                                : " You will be told when it is dealt with."));
    }

    /**
     * Writes where a report stands, with the agent's note if any.
     *
     * @param report the report
     * @return the text, such as "Signalement n° SIG-2 : Intervention en cours. Ampoule changée
     *     jeudi."
     */
    public static LocalizedText status(Report report) {
        requireNonNull(report, "report");
        String note = report.statusNote().isEmpty() ? "" : " " + sentence(report.statusNote());
        return new LocalizedText(
                "Signalement n° " + report.id() + " : " + report.status().label().fr() + "." + note,
                "Report no. " + report.id() + ": " + report.status().label().en() + "." + note);
    }

    private static String sentence(String note) {
        return note.endsWith(".") || note.endsWith("!") || note.endsWith("?") ? note : note + ".";
    }
}
