package io.portail.privacy.notice;

import static java.util.Objects.requireNonNull;

import io.portail.privacy.category.DataCategory;
import io.portail.privacy.category.Sensitivity;
import io.portail.privacy.category.Taxonomy;
import io.portail.privacy.internal.text.Wording;
import io.portail.privacy.purpose.LegalBasis;
import io.portail.privacy.purpose.Right;
import io.portail.privacy.register.ProcessingActivity;
import io.portail.privacy.register.Register;
import io.portail.privacy.retention.RetentionRule;
import io.portail.privacy.text.LocalizedText;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

/**
 * Writes the information a resident must receive when their data is collected (GDPR art. 13), in
 * plain French and English, from a processing activity of the register.
 *
 * <p>The notice names the controller and its contact (13(1)(a)), the data protection officer
 * (13(1)(b)), the purpose and basis (13(1)(c)) with the art. 9(2) condition for special categories,
 * the data used, the recipients (13(1)(e)), transfers outside the European Union (13(1)(f)), the
 * retention (13(2)(a)), the rights that apply under the basis and how to exercise them (13(2)(b)),
 * withdrawal of consent (13(2)(c)), the right to complain to the CNIL (13(2)(d)), and whether the
 * data must be provided with the consequence of not providing it (13(2)(e)). No automated decision
 * is made by the library, so none is announced (13(2)(f)).
 */
public final class NoticeWriter {
    /** Where residents complain: the CNIL, France's supervisory authority (GDPR art. 77). */
    static final LocalizedText CNIL =
            new LocalizedText(
                    "Si vous pensez que vos droits ne sont pas respectés, vous pouvez adresser une"
                            + " réclamation à la CNIL : www.cnil.fr, ou par courrier à CNIL, 3 place"
                            + " de Fontenoy, TSA 80715, 75334 Paris Cedex 07.",
                    "If you think your rights are not respected, you can complain to the CNIL,"
                            + " the French data protection authority: www.cnil.fr, or by post to"
                            + " CNIL, 3 place de Fontenoy, TSA 80715, 75334 Paris Cedex 07,"
                            + " France.");

    private NoticeWriter() {}

    /**
     * Writes the notice of an activity of the register.
     *
     * @param register the register, for the controller and the DPO
     * @param activityId the activity
     * @return the notice text
     * @throws IllegalArgumentException if the register has no such activity
     */
    public static NoticeText write(Register register, String activityId) {
        requireNonNull(register, "register");
        requireNonNull(activityId, "activityId");
        ProcessingActivity activity =
                register.activity(activityId)
                        .orElseThrow(
                                () ->
                                        new IllegalArgumentException(
                                                "No processing activity in the register: "
                                                        + activityId));
        return new NoticeText(
                activity.id(),
                write(register, activity, LocalizedText::fr, French.INSTANCE),
                write(register, activity, LocalizedText::en, English.INSTANCE));
    }

    private static String write(
            Register register,
            ProcessingActivity activity,
            Function<LocalizedText, String> lang,
            Words words) {
        Taxonomy taxonomy = Taxonomy.builtIn();
        StringBuilder out = new StringBuilder();
        out.append(words.title()).append(lang.apply(activity.name())).append("\n\n");

        line(out, words.controller(), register.controller() + ", " + register.controllerContact());
        line(out, words.dpo(), register.dpoContact());
        line(out, words.purpose(), lang.apply(activity.purpose()));
        String basis =
                words.basis()
                        + lang.apply(activity.legalBasis().label())
                        + words.article()
                        + activity.legalBasis().article()
                        + ")";
        if (activity.legalReference() != null) {
            basis += words.reference() + lang.apply(activity.legalReference());
        }
        out.append(basis).append(".\n");
        if (activity.specialCondition() != null) {
            List<String> sensitive = new ArrayList<>();
            for (DataCategory category : activity.categories()) {
                if (taxonomy.sensitivityOf(category) == Sensitivity.SPECIAL_CATEGORY) {
                    sensitive.add(lang.apply(taxonomy.label(category)));
                }
            }
            out.append(words.special())
                    .append(String.join(", ", sensitive))
                    .append(words.specialBasis())
                    .append(lang.apply(activity.specialCondition().label()))
                    .append(words.article())
                    .append(activity.specialCondition().article())
                    .append(").\n");
        }
        List<String> data = new ArrayList<>();
        activity.categories().forEach(c -> data.add(lang.apply(taxonomy.label(c))));
        line(out, words.data(), String.join(", ", data));
        List<String> recipients = new ArrayList<>();
        activity.recipients().forEach(r -> recipients.add(lang.apply(r)));
        line(
                out,
                words.recipients(),
                recipients.isEmpty()
                        ? words.noRecipients()
                        : String.join(words.separator(), recipients));
        List<String> transfers = new ArrayList<>();
        activity.transfers().forEach(t -> transfers.add(lang.apply(t)));
        line(
                out,
                words.transfers(),
                transfers.isEmpty()
                        ? words.noTransfers()
                        : String.join(words.separator(), transfers));
        out.append(words.retention()).append('\n');
        out.append("- ")
                .append(lang.apply(Wording.retention(activity.retention(), null)))
                .append('\n');
        for (Map.Entry<DataCategory, RetentionRule> rule :
                activity.categoryRetention().entrySet()) {
            out.append("- ")
                    .append(lang.apply(Wording.retention(rule.getValue(), rule.getKey())))
                    .append('\n');
        }
        out.append(words.provision())
                .append(lang.apply(activity.provision().statement()))
                .append(' ')
                .append(lang.apply(activity.consequenceOfNotProviding()))
                .append('\n');
        out.append('\n').append(words.rights()).append('\n');
        for (Right right : activity.rights()) {
            out.append("- ").append(lang.apply(right.action())).append('\n');
        }
        if (Right.ERASURE.scopeUnder(activity.legalBasis()) == Right.Scope.LIMITED) {
            out.append(
                            activity.legalBasis() == LegalBasis.LEGAL_OBLIGATION
                                    ? words.erasureObligation()
                                    : words.erasurePublicTask())
                    .append('\n');
        }
        if (activity.legalBasis() == LegalBasis.CONSENT) {
            out.append(words.withdrawal()).append('\n');
        }
        out.append(words.exercise()).append(register.dpoContact()).append(".\n");
        out.append(lang.apply(CNIL)).append('\n');
        return out.toString();
    }

    private static void line(StringBuilder out, String label, String value) {
        out.append(label).append(value);
        if (!value.endsWith(".")) {
            out.append('.');
        }
        out.append('\n');
    }

    /** The fixed words of a notice in one language. */
    private interface Words {
        String title();

        String controller();

        String dpo();

        String purpose();

        String basis();

        String article();

        String reference();

        String special();

        String specialBasis();

        String data();

        String recipients();

        String noRecipients();

        String transfers();

        String noTransfers();

        String retention();

        String provision();

        String rights();

        String erasureObligation();

        String erasurePublicTask();

        String withdrawal();

        String exercise();

        String separator();
    }

    private enum French implements Words {
        INSTANCE;

        @Override
        public String title() {
            return "Vos données personnelles : ";
        }

        @Override
        public String controller() {
            return "Qui utilise vos données : ";
        }

        @Override
        public String dpo() {
            return "Délégué à la protection des données : ";
        }

        @Override
        public String purpose() {
            return "Pourquoi : ";
        }

        @Override
        public String basis() {
            return "Ce traitement repose sur ";
        }

        @Override
        public String article() {
            return " (RGPD, article ";
        }

        @Override
        public String reference() {
            return ". Texte applicable : ";
        }

        @Override
        public String special() {
            return "Les données sensibles (";
        }

        @Override
        public String specialBasis() {
            return ") sont utilisées sur ce fondement : ";
        }

        @Override
        public String data() {
            return "Données utilisées : ";
        }

        @Override
        public String recipients() {
            return "Qui les reçoit : ";
        }

        @Override
        public String noRecipients() {
            return "seuls les agents de la commune chargés de ce service";
        }

        @Override
        public String transfers() {
            return "Envoi hors de l'Union européenne : ";
        }

        @Override
        public String noTransfers() {
            return "aucun";
        }

        @Override
        public String retention() {
            return "Combien de temps :";
        }

        @Override
        public String provision() {
            return "Faut-il fournir ces données ? ";
        }

        @Override
        public String rights() {
            return "Vos droits : vous pouvez";
        }

        @Override
        public String erasureObligation() {
            return "La commune doit garder ces données pendant la durée prévue par la loi :"
                    + " elle ne peut les effacer qu'ensuite (RGPD, article 17(3)(b)).";
        }

        @Override
        public String erasurePublicTask() {
            return "La commune garde ces données tant que sa mission l'exige : elle les efface"
                    + " ensuite, ou plus tôt si votre opposition est acceptée (RGPD, article"
                    + " 17(3)(b)).";
        }

        @Override
        public String withdrawal() {
            return "Retirer votre consentement ne remet pas en cause ce qui a été fait avant.";
        }

        @Override
        public String exercise() {
            return "Pour exercer vos droits, écrivez au délégué à la protection des données : ";
        }

        @Override
        public String separator() {
            return " ; ";
        }
    }

    private enum English implements Words {
        INSTANCE;

        @Override
        public String title() {
            return "Your personal data: ";
        }

        @Override
        public String controller() {
            return "Who uses your data: ";
        }

        @Override
        public String dpo() {
            return "Data protection officer: ";
        }

        @Override
        public String purpose() {
            return "Why: ";
        }

        @Override
        public String basis() {
            return "This processing rests on ";
        }

        @Override
        public String article() {
            return " (GDPR, article ";
        }

        @Override
        public String reference() {
            return ". Applicable text: ";
        }

        @Override
        public String special() {
            return "Sensitive data (";
        }

        @Override
        public String specialBasis() {
            return ") is used on this ground: ";
        }

        @Override
        public String data() {
            return "Data used: ";
        }

        @Override
        public String recipients() {
            return "Who receives it: ";
        }

        @Override
        public String noRecipients() {
            return "only the commune's staff in charge of this service";
        }

        @Override
        public String transfers() {
            return "Sent outside the European Union: ";
        }

        @Override
        public String noTransfers() {
            return "never";
        }

        @Override
        public String retention() {
            return "How long:";
        }

        @Override
        public String provision() {
            return "Must you provide this data? ";
        }

        @Override
        public String rights() {
            return "Your rights: you can";
        }

        @Override
        public String erasureObligation() {
            return "The commune must keep this data for the time the law sets: it can erase it"
                    + " only after that (GDPR, article 17(3)(b)).";
        }

        @Override
        public String erasurePublicTask() {
            return "The commune keeps this data as long as its task needs it: it erases it then,"
                    + " or sooner if your objection is upheld (GDPR, article 17(3)(b)).";
        }

        @Override
        public String withdrawal() {
            return "Withdrawing your consent does not affect what was done before.";
        }

        @Override
        public String exercise() {
            return "To exercise your rights, write to the data protection officer: ";
        }

        @Override
        public String separator() {
            return "; ";
        }
    }
}
