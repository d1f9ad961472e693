package io.portail.privacy.register;

import static java.util.Objects.requireNonNull;

import io.portail.privacy.category.DataCategory;
import io.portail.privacy.category.DataSubject;
import io.portail.privacy.category.Taxonomy;
import io.portail.privacy.internal.text.Wording;
import io.portail.privacy.retention.RetentionRule;
import io.portail.privacy.text.LocalizedText;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Renders the record of processing as a Markdown page that residents and auditors can read, in
 * French or English, with every item of GDPR art. 30(1).
 */
public final class RegisterPage {
    private RegisterPage() {}

    /**
     * Renders the register.
     *
     * @param register the register
     * @param locale English for an English locale, French otherwise
     * @return the Markdown page
     */
    public static String render(Register register, Locale locale) {
        requireNonNull(register, "register");
        requireNonNull(locale, "locale");
        boolean en = "en".equals(locale.getLanguage());
        Taxonomy taxonomy = Taxonomy.builtIn();
        StringBuilder out = new StringBuilder();
        out.append(en ? "# Record of processing activities\n\n" : "# Registre des traitements\n\n");
        out.append(en ? "- Controller: " : "- Responsable du traitement : ")
                .append(register.controller())
                .append(", ")
                .append(register.controllerContact())
                .append('\n');
        out.append(en ? "- Data protection officer: " : "- Délégué à la protection des données : ")
                .append(register.dpoContact())
                .append('\n');
        for (ProcessingActivity activity : register.activities()) {
            out.append("\n## ").append(text(activity.name(), en)).append("\n\n");
            item(out, en, "Identifiant", "Identifier", activity.id());
            item(out, en, "Finalité", "Purpose", text(activity.purpose(), en));
            String basis =
                    text(activity.legalBasis().label(), en)
                            + (en ? " (GDPR, article " : " (RGPD, article ")
                            + activity.legalBasis().article()
                            + ")";
            item(out, en, "Base légale", "Legal basis", basis);
            if (activity.legalReference() != null) {
                item(
                        out,
                        en,
                        "Texte applicable",
                        "Applicable text",
                        text(activity.legalReference(), en));
            }
            if (activity.specialCondition() != null) {
                item(
                        out,
                        en,
                        "Condition pour les données sensibles",
                        "Condition for sensitive data",
                        text(activity.specialCondition().label(), en)
                                + (en ? " (GDPR, article " : " (RGPD, article ")
                                + activity.specialCondition().article()
                                + ")");
            }
            List<String> subjects = new ArrayList<>();
            for (DataSubject subject : activity.subjects()) {
                subjects.add(text(subject.label(), en));
            }
            item(out, en, "Personnes concernées", "Data subjects", String.join(", ", subjects));
            List<String> categories = new ArrayList<>();
            for (DataCategory category : activity.categories()) {
                categories.add(text(taxonomy.label(category), en) + " (`" + category.id() + "`)");
            }
            item(out, en, "Données", "Data", String.join(", ", categories));
            item(
                    out,
                    en,
                    "Destinataires",
                    "Recipients",
                    list(activity.recipients(), en, en ? "none" : "aucun"));
            item(
                    out,
                    en,
                    "Transferts hors de l'Union européenne",
                    "Transfers outside the European Union",
                    list(activity.transfers(), en, en ? "none" : "aucun"));
            StringBuilder retention =
                    new StringBuilder(
                            text(Wording.retention(activity.retention(), null, false), en));
            for (Map.Entry<DataCategory, RetentionRule> rule :
                    activity.categoryRetention().entrySet()) {
                retention
                        .append(' ')
                        .append(text(Wording.retention(rule.getValue(), rule.getKey()), en));
            }
            item(out, en, "Conservation", "Retention", retention.toString());
            item(
                    out,
                    en,
                    "Mesures de sécurité",
                    "Security measures",
                    list(activity.securityMeasures(), en, en ? "not listed" : "non décrites"));
        }
        return out.toString();
    }

    private static String text(LocalizedText text, boolean en) {
        return en ? text.en() : text.fr();
    }

    private static String list(List<LocalizedText> texts, boolean en, String empty) {
        if (texts.isEmpty()) {
            return empty;
        }
        List<String> parts = new ArrayList<>();
        texts.forEach(t -> parts.add(text(t, en)));
        return String.join(en ? "; " : " ; ", parts);
    }

    private static void item(
            StringBuilder out, boolean en, String fr, String english, String value) {
        out.append("- ")
                .append(en ? english : fr)
                .append(en ? ": " : " : ")
                .append(value)
                .append('\n');
    }
}
