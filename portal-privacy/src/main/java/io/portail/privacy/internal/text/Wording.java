package io.portail.privacy.internal.text;

import io.portail.privacy.category.DataCategory;
import io.portail.privacy.category.Taxonomy;
import io.portail.privacy.retention.RetentionRule;
import io.portail.privacy.text.LocalizedText;
import java.time.Period;
import java.util.ArrayList;
import java.util.List;
import org.jspecify.annotations.Nullable;

/** Plain French and English wording of durations and retention rules. */
public final class Wording {
    private Wording() {}

    /**
     * Words a period: "1 an et 6 mois", "1 year and 6 months".
     *
     * @param period the period, not negative
     * @return the words
     */
    public static LocalizedText duration(Period period) {
        List<String> fr = new ArrayList<>();
        List<String> en = new ArrayList<>();
        add(fr, en, period.getYears(), "an", "ans", "year", "years");
        add(fr, en, period.getMonths(), "mois", "mois", "month", "months");
        add(fr, en, period.getDays(), "jour", "jours", "day", "days");
        if (fr.isEmpty()) {
            return new LocalizedText("0 jour", "0 days");
        }
        return new LocalizedText(join(fr, " et "), join(en, " and "));
    }

    /**
     * Words a retention rule as a sentence about "vos données" or about one category.
     *
     * @param rule the rule
     * @param category the category the rule is for, or null for the data as a whole
     * @return the sentence, with its final full stop
     */
    public static LocalizedText retention(RetentionRule rule, @Nullable DataCategory category) {
        return retention(rule, category, true);
    }

    /**
     * Words a retention rule as a sentence about the data, addressed to the resident or not.
     *
     * @param rule the rule
     * @param category the category the rule is for, or null for the data as a whole
     * @param toResident true for "vos données", false for "les données"
     * @return the sentence, with its final full stop
     */
    public static LocalizedText retention(
            RetentionRule rule, @Nullable DataCategory category, boolean toResident) {
        LocalizedText duration = duration(rule.period());
        LocalizedText trigger = trigger(rule);
        String subjectFr;
        String subjectEn;
        if (category == null) {
            subjectFr =
                    toResident ? "Vos données sont conservées " : "Les données sont conservées ";
            subjectEn = toResident ? "Your data is kept for " : "The data is kept for ";
        } else {
            LocalizedText label = Taxonomy.builtIn().label(category);
            subjectFr = "Les données « " + label.fr() + " » sont conservées ";
            subjectEn = "The data \"" + label.en() + "\" is kept for ";
        }
        StringBuilder fr = new StringBuilder(subjectFr + duration.fr() + " après " + trigger.fr());
        StringBuilder en = new StringBuilder(subjectEn + duration.en() + " after " + trigger.en());
        if (rule.hasArchivePhase()) {
            LocalizedText archive = duration(rule.archivePeriod());
            fr.append(", puis gardées ")
                    .append(archive.fr())
                    .append(" en archive, avec un accès réservé à quelques agents");
            en.append(", then held for ")
                    .append(archive.en())
                    .append(" in an archive that only a few staff can open");
        }
        LocalizedText action = finalAction(rule);
        fr.append(", puis ").append(action.fr()).append('.');
        en.append(", then ").append(action.en()).append('.');
        return new LocalizedText(fr.toString(), en.toString());
    }

    private static LocalizedText trigger(RetentionRule rule) {
        return switch (rule.trigger()) {
            case CREATION -> new LocalizedText("leur enregistrement", "it is recorded");
            case SUBMISSION ->
                    new LocalizedText("l'envoi de votre demande", "you send your request");
            case LAST_CHANGE -> new LocalizedText("leur dernière mise à jour", "its last update");
            case DECISION ->
                    new LocalizedText(
                            "la décision prise sur votre demande", "the decision on your request");
            case CLOSURE ->
                    new LocalizedText("la clôture de votre demande", "your request is closed");
            case DATE_FIELD ->
                    new LocalizedText(
                            "la date indiquée dans votre demande",
                            "the date given in your request");
            case VALIDITY_END ->
                    new LocalizedText(
                            "la fin de validité de la décision", "the decision stops being valid");
        };
    }

    private static LocalizedText finalAction(RetentionRule rule) {
        return switch (rule.finalAction()) {
            case DELETE -> new LocalizedText("supprimées", "deleted");
            case ANONYMISE -> new LocalizedText("rendues anonymes", "made anonymous");
            case ARCHIVE ->
                    new LocalizedText(
                            "versées aux archives publiques", "transferred to the public archives");
        };
    }

    private static void add(
            List<String> fr,
            List<String> en,
            int count,
            String frOne,
            String frMany,
            String enOne,
            String enMany) {
        if (count != 0) {
            fr.add(count + " " + (count == 1 ? frOne : frMany));
            en.add(count + " " + (count == 1 ? enOne : enMany));
        }
    }

    private static String join(List<String> parts, String last) {
        if (parts.size() == 1) {
            return parts.get(0);
        }
        return String.join(", ", parts.subList(0, parts.size() - 1))
                + last
                + parts.get(parts.size() - 1);
    }
}
