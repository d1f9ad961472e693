package io.portail.privacy.subject;

import static java.util.Objects.requireNonNull;

import io.portail.privacy.category.DataCategory;
import io.portail.privacy.internal.text.Wording;
import io.portail.privacy.purpose.LegalBasis;
import io.portail.privacy.purpose.Right;
import io.portail.privacy.register.ProcessingActivity;
import io.portail.privacy.register.Register;
import io.portail.privacy.retention.RetentionRule;
import io.portail.privacy.subject.ErasureDecision.Outcome;
import io.portail.privacy.text.LocalizedText;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * Answers data subjects' requests from the personal-data sources the host registers.
 *
 * <p>Access gathers every item from every source (GDPR art. 15). Portability returns, as JSON, the
 * items the resident provided for processing based on consent or a contract (art. 20(1)). Erasure
 * decides item by item (art. 17): an item is kept, with the reason in plain words, while a legal
 * hold applies (art. 17(3)(e)), or while its retention runs under a legal obligation or a public
 * task (art. 17(3)(b)); every other item is erased. Thread-safe if the sources are.
 */
public final class SubjectRequests {
    private static final Logger LOG = LoggerFactory.getLogger(SubjectRequests.class);
    private static final JsonMapper JSON = JsonMapper.builder().build();

    private final Register register;
    private final List<PersonalDataSource> sources;

    /**
     * Creates the service.
     *
     * @param register the register, for each item's activity and basis
     * @param sources the sources, each with a distinct id
     * @throws IllegalArgumentException if two sources share an id
     */
    public SubjectRequests(Register register, List<PersonalDataSource> sources) {
        this.register = requireNonNull(register, "register");
        this.sources = List.copyOf(requireNonNull(sources, "sources"));
        Set<String> ids = new HashSet<>();
        for (PersonalDataSource source : this.sources) {
            if (!ids.add(source.id())) {
                throw new IllegalArgumentException("Two sources share the id " + source.id());
            }
        }
    }

    /**
     * Gathers every item of a person's data from every source.
     *
     * @param subject the data subject
     * @return the items, source by source in registration order
     */
    public List<PersonalDataItem> gather(SubjectRef subject) {
        requireNonNull(subject, "subject");
        List<PersonalDataItem> items = new ArrayList<>();
        for (PersonalDataSource source : sources) {
            items.addAll(source.find(subject));
        }
        return List.copyOf(items);
    }

    /**
     * Writes the answer to an access request, in plain words (GDPR art. 15(1) and (3)).
     *
     * <p>For each processing activity that holds data on the resident, in the register's order: its
     * name, purpose, basis, recipients and retention, then each item with its label and value.
     * Items of an activity the register does not hold come last, under their own heading. The text
     * holds personal data: it is for the resident only, never for a log.
     *
     * @param request the request, of type access
     * @param locale English for an English locale, French otherwise
     * @return the text
     * @throws IllegalArgumentException if the request is not an access request
     */
    public String accessReport(SubjectRequest request, Locale locale) {
        requireType(request, RequestType.ACCESS);
        requireNonNull(locale, "locale");
        boolean en = "en".equals(locale.getLanguage());
        List<PersonalDataItem> items = gather(request.subject());
        StringBuilder out = new StringBuilder();
        out.append(en ? "Your data held by " : "Vos données détenues par ")
                .append(register.controller())
                .append('\n');
        if (items.isEmpty()) {
            out.append('\n')
                    .append(
                            en
                                    ? "The commune holds no data about you."
                                    : "La commune ne détient aucune donnée sur vous.")
                    .append('\n');
            return out.toString();
        }
        for (ProcessingActivity activity : register.activities()) {
            List<PersonalDataItem> held =
                    items.stream().filter(i -> i.activityId().equals(activity.id())).toList();
            if (held.isEmpty()) {
                continue;
            }
            out.append('\n').append(text(activity.name(), en)).append('\n');
            out.append(en ? "Why: " : "Pourquoi : ")
                    .append(text(activity.purpose(), en))
                    .append(".\n");
            out.append(en ? "On what basis: " : "Sur quelle base : ")
                    .append(text(activity.legalBasis().label(), en))
                    .append(".\n");
            List<String> recipients = new ArrayList<>();
            activity.recipients().forEach(r -> recipients.add(text(r, en)));
            out.append(en ? "Who receives it: " : "Qui les reçoit : ")
                    .append(
                            recipients.isEmpty()
                                    ? (en
                                            ? "only the commune's staff in charge of this service"
                                            : "seuls les agents de la commune chargés de ce service")
                                    : String.join(en ? "; " : " ; ", recipients))
                    .append(".\n");
            out.append(text(Wording.retention(activity.retention(), null), en)).append('\n');
            for (Map.Entry<DataCategory, RetentionRule> rule :
                    activity.categoryRetention().entrySet()) {
                if (held.stream().anyMatch(i -> i.category().isWithin(rule.getKey()))) {
                    out.append(text(Wording.retention(rule.getValue(), rule.getKey()), en))
                            .append('\n');
                }
            }
            for (PersonalDataItem item : held) {
                out.append("- ")
                        .append(text(item.label(), en))
                        .append(en ? ": " : " : ")
                        .append(item.value())
                        .append('\n');
            }
        }
        List<PersonalDataItem> other =
                items.stream().filter(i -> register.activity(i.activityId()).isEmpty()).toList();
        if (!other.isEmpty()) {
            out.append('\n').append(en ? "Other data" : "Autres données").append('\n');
            for (PersonalDataItem item : other) {
                out.append("- ")
                        .append(text(item.label(), en))
                        .append(en ? ": " : " : ")
                        .append(item.value())
                        .append('\n');
            }
        }
        return out.toString();
    }

    private static String text(LocalizedText text, boolean english) {
        return english ? text.en() : text.fr();
    }

    /**
     * Returns the items a portability request covers, as a JSON document.
     *
     * <p>The document is an object with the property {@code items}: an array of objects with {@code
     * activity}, {@code category}, {@code label} (French) and {@code value}.
     *
     * @param request the request, of type portability
     * @return the JSON document
     * @throws IllegalArgumentException if the request is not a portability request
     */
    public String portability(SubjectRequest request) {
        requireType(request, RequestType.PORTABILITY);
        ObjectNode root = JSON.createObjectNode();
        ArrayNode array = root.putArray("items");
        for (PersonalDataItem item : gather(request.subject())) {
            Optional<ProcessingActivity> activity = register.activity(item.activityId());
            boolean covered =
                    item.providedBySubject()
                            && activity.isPresent()
                            && Right.PORTABILITY.scopeUnder(activity.get().legalBasis())
                                    == Right.Scope.FULL;
            if (covered) {
                ObjectNode node = array.addObject();
                node.put("activity", item.activityId());
                node.put("category", item.category().id());
                node.put("label", item.label().fr());
                node.put("value", item.value());
            }
        }
        return JSON.writeValueAsString(root);
    }

    /**
     * Decides and carries out an erasure request, item by item.
     *
     * @param request the request, of type erasure
     * @param today the day of the decision, in the commune's zone
     * @return one decision per item, in the order gathered
     * @throws IllegalArgumentException if the request is not an erasure request
     */
    public List<ErasureDecision> erase(SubjectRequest request, LocalDate today) {
        requireType(request, RequestType.ERASURE);
        requireNonNull(today, "today");
        List<ErasureDecision> decisions = new ArrayList<>();
        for (PersonalDataSource source : sources) {
            for (PersonalDataItem item : source.find(request.subject())) {
                LocalizedText reason = reasonToKeep(item, today);
                if (reason != null) {
                    decisions.add(
                            new ErasureDecision(source.id(), item.itemId(), Outcome.KEPT, reason));
                    continue;
                }
                Outcome outcome;
                try {
                    source.erase(request.subject(), item.itemId());
                    outcome = Outcome.ERASED;
                } catch (RuntimeException e) {
                    LOG.warn(
                            "Erasure failed in source {} for item {}: {}",
                            source.id(),
                            item.itemId(),
                            e.getClass().getName());
                    outcome = Outcome.FAILED;
                }
                decisions.add(new ErasureDecision(source.id(), item.itemId(), outcome, null));
            }
        }
        return List.copyOf(decisions);
    }

    /**
     * Tells why an item must be kept despite an erasure request, if it must.
     *
     * @param item the item
     * @param today the day of the decision
     * @return the reason in plain words, or null if the item may be erased
     */
    public @Nullable LocalizedText reasonToKeep(PersonalDataItem item, LocalDate today) {
        requireNonNull(item, "item");
        requireNonNull(today, "today");
        if (item.legalHold()) {
            // GDPR art. 17(3)(e): establishment, exercise or defence of legal claims.
            return new LocalizedText(
                    "Nous ne pouvons pas effacer cette donnée pour le moment : elle est nécessaire"
                            + " à une procédure en justice en cours. Elle sera effacée à la fin"
                            + " de la procédure, si rien d'autre n'oblige à la garder.",
                    "We cannot erase this data for now: it is needed for legal proceedings under"
                            + " way. It will be erased when they end, unless something else"
                            + " requires keeping it.");
        }
        Optional<ProcessingActivity> found = register.activity(item.activityId());
        if (found.isEmpty()) {
            return null;
        }
        ProcessingActivity activity = found.get();
        LocalDate until = item.retainedUntil();
        boolean retained = until == null || today.isBefore(until);
        if (!retained) {
            return null;
        }
        if (activity.legalBasis() == LegalBasis.LEGAL_OBLIGATION) {
            // GDPR art. 17(3)(b): compliance with a legal obligation.
            String reference =
                    activity.legalReference() == null ? null : activity.legalReference().fr();
            String referenceEn =
                    activity.legalReference() == null ? null : activity.legalReference().en();
            return new LocalizedText(
                    "Nous ne pouvons pas encore effacer cette donnée : la loi oblige la commune à"
                            + " la conserver "
                            + untilFr(until)
                            + (reference == null ? "" : " (" + reference + ")")
                            + ". Elle sera effacée ensuite.",
                    "We cannot erase this data yet: the law requires the commune to keep it "
                            + untilEn(until)
                            + (referenceEn == null ? "" : " (" + referenceEn + ")")
                            + ". It will be erased then.");
        }
        if (activity.legalBasis() == LegalBasis.PUBLIC_TASK) {
            // GDPR art. 17(3)(b): performance of a task in the public interest; art. 21(1).
            return new LocalizedText(
                    "Nous ne pouvons pas encore effacer cette donnée : la commune en a besoin pour"
                            + " une mission de service public, "
                            + untilFr(until)
                            + ". Vous pouvez vous opposer à son utilisation en expliquant votre"
                            + " situation ; si votre opposition est acceptée, elle sera effacée.",
                    "We cannot erase this data yet: the commune needs it for a public task, "
                            + untilEn(until)
                            + ". You can object to its use by explaining your situation; if your"
                            + " objection is upheld, it will be erased.");
        }
        return null;
    }

    private static String untilFr(@Nullable LocalDate until) {
        if (until == null) {
            return "pendant la durée fixée pour ce service";
        }
        String day = until.getDayOfMonth() == 1 ? "1er" : String.valueOf(until.getDayOfMonth());
        return "jusqu'au "
                + day
                + " "
                + until.format(DateTimeFormatter.ofPattern("MMMM uuuu", Locale.FRENCH));
    }

    private static String untilEn(@Nullable LocalDate until) {
        if (until == null) {
            return "for the time set for this service";
        }
        return "until " + until.format(DateTimeFormatter.ofPattern("d MMMM uuuu", Locale.ENGLISH));
    }

    private static void requireType(SubjectRequest request, RequestType type) {
        requireNonNull(request, "request");
        if (request.type() != type) {
            throw new IllegalArgumentException(
                    "Expected a request of type " + type + ", found " + request.type());
        }
    }
}
