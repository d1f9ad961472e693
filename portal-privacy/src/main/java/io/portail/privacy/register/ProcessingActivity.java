package io.portail.privacy.register;

import static java.util.Objects.requireNonNull;

import io.portail.privacy.category.DataCategory;
import io.portail.privacy.category.DataSubject;
import io.portail.privacy.category.Sensitivity;
import io.portail.privacy.category.Taxonomy;
import io.portail.privacy.purpose.LegalBasis;
import io.portail.privacy.purpose.Right;
import io.portail.privacy.purpose.SpecialCategoryCondition;
import io.portail.privacy.retention.RetentionRule;
import io.portail.privacy.text.LocalizedText;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;

/**
 * A processing activity of the commune, as entered in its record of processing (GDPR art. 30).
 *
 * <p>Sets and maps keep the order they were given in, so that notices and the register page read in
 * the order the commune wrote them. Immutable and thread-safe.
 *
 * @param id the stable identifier, lower-case words joined by hyphens
 * @param name the name residents read
 * @param purpose the purpose, in plain words
 * @param legalBasis the lawful basis (GDPR art. 6)
 * @param categories the categories of personal data processed
 * @param retention how long the data is kept, unless a category has its own rule
 * @param subjects the kinds of people whose data is processed (art. 30(1)(c))
 * @param specialCondition the art. 9(2) condition, required when a special category is processed
 * @param legalReference the text that sets the task or obligation, such as "Code civil, art. 34"
 * @param recipients who receives the data (art. 30(1)(d))
 * @param transfers transfers outside the European Union and their safeguards (art. 30(1)(e))
 * @param securityMeasures the security measures, in general terms (art. 30(1)(g))
 * @param provision whether residents must provide the data (art. 13(2)(e))
 * @param withoutData the consequence of not providing it, or null for the provision's default
 * @param categoryRetention rules for particular categories, overriding {@code retention}
 */
public record ProcessingActivity(
        String id,
        LocalizedText name,
        LocalizedText purpose,
        LegalBasis legalBasis,
        Set<DataCategory> categories,
        RetentionRule retention,
        Set<DataSubject> subjects,
        @Nullable SpecialCategoryCondition specialCondition,
        @Nullable LocalizedText legalReference,
        List<LocalizedText> recipients,
        List<LocalizedText> transfers,
        List<LocalizedText> securityMeasures,
        Provision provision,
        @Nullable LocalizedText withoutData,
        Map<DataCategory, RetentionRule> categoryRetention) {
    private static final Pattern ID = Pattern.compile("[a-z][a-z0-9]*(-[a-z0-9]+)*");

    /**
     * Checks the activity.
     *
     * @param id the stable identifier, lower-case words joined by hyphens
     * @param name the name residents read
     * @param purpose the purpose, in plain words
     * @param legalBasis the lawful basis (GDPR art. 6)
     * @param categories the categories of personal data processed
     * @param retention how long the data is kept, unless a category has its own rule
     * @param subjects the kinds of people whose data is processed (art. 30(1)(c))
     * @param specialCondition the art. 9(2) condition, required when a special category is
     *     processed
     * @param legalReference the text that sets the task or obligation
     * @param recipients who receives the data (art. 30(1)(d))
     * @param transfers transfers outside the European Union and their safeguards (art. 30(1)(e))
     * @param securityMeasures the security measures, in general terms (art. 30(1)(g))
     * @param provision whether residents must provide the data (art. 13(2)(e))
     * @param withoutData the consequence of not providing it, or null for the provision's default
     * @param categoryRetention rules for particular categories, overriding {@code retention}
     * @throws IllegalArgumentException if the identifier is malformed; no category or no subject is
     *     declared; the basis is legitimate interests, which a public authority cannot use for its
     *     own tasks (GDPR art. 6(1), last subparagraph); a special category is processed without an
     *     art. 9(2) condition, or a condition is given without one; the NIR is processed without
     *     naming the text that allows it (décret 2019-341); consent is the basis but providing the
     *     data is not voluntary (art. 7(4)); or a category rule is for an undeclared category
     */
    public ProcessingActivity {
        requireNonNull(id, "id");
        requireNonNull(name, "name");
        requireNonNull(purpose, "purpose");
        requireNonNull(legalBasis, "legalBasis");
        requireNonNull(retention, "retention");
        requireNonNull(provision, "provision");
        categories = Collections.unmodifiableSet(new LinkedHashSet<>(nonNull(categories)));
        subjects = Collections.unmodifiableSet(new LinkedHashSet<>(nonNull(subjects)));
        recipients = List.copyOf(requireNonNull(recipients, "recipients"));
        transfers = List.copyOf(requireNonNull(transfers, "transfers"));
        securityMeasures = List.copyOf(requireNonNull(securityMeasures, "securityMeasures"));
        categoryRetention =
                Collections.unmodifiableMap(
                        new LinkedHashMap<>(
                                requireNonNull(categoryRetention, "categoryRetention")));
        if (!ID.matcher(id).matches()) {
            throw new IllegalArgumentException(
                    "A processing activity id is lower-case words joined by hyphens: " + id);
        }
        if (categories.isEmpty()) {
            throw new IllegalArgumentException(
                    "A processing activity declares at least one data category: " + id);
        }
        if (subjects.isEmpty()) {
            throw new IllegalArgumentException(
                    "A processing activity declares at least one kind of data subject: " + id);
        }
        if (legalBasis == LegalBasis.LEGITIMATE_INTERESTS) {
            throw new IllegalArgumentException(
                    "A public authority cannot rest its own tasks on legitimate interests"
                            + " (GDPR art. 6(1), last subparagraph): "
                            + id);
        }
        checkSensitiveCategories(id, categories, specialCondition, legalReference);
        if (legalBasis == LegalBasis.CONSENT && provision != Provision.VOLUNTARY) {
            throw new IllegalArgumentException(
                    "Processing based on consent cannot make providing the data compulsory"
                            + " (GDPR art. 7(4)); declare the provision voluntary: "
                            + id);
        }
        for (DataCategory category : categoryRetention.keySet()) {
            if (!declares(categories, category)) {
                throw new IllegalArgumentException(
                        "A retention rule is set for a category the activity does not declare: "
                                + id
                                + ", "
                                + category);
            }
        }
    }

    /**
     * Creates an activity concerning residents, with no special category, recipient, transfer or
     * security measure listed, where providing the data is needed for the service.
     *
     * @param id the stable identifier, lower-case words joined by hyphens
     * @param name the name residents read
     * @param purpose the purpose, in plain words
     * @param legalBasis the lawful basis (GDPR art. 6)
     * @param categories the categories of personal data processed
     * @param retention how long the data is kept
     * @throws IllegalArgumentException as the canonical constructor; a special category, the NIR
     *     and the consent basis need the canonical constructor
     */
    public ProcessingActivity(
            String id,
            LocalizedText name,
            LocalizedText purpose,
            LegalBasis legalBasis,
            Set<DataCategory> categories,
            RetentionRule retention) {
        this(
                id,
                name,
                purpose,
                legalBasis,
                categories,
                retention,
                Set.of(DataSubject.RESIDENT),
                null,
                null,
                List.of(),
                List.of(),
                List.of(),
                legalBasis == LegalBasis.CONSENT
                        ? Provision.VOLUNTARY
                        : Provision.REQUIRED_FOR_SERVICE,
                null,
                Map.of());
    }

    /**
     * Tells whether this activity declares the category, or a broader one that contains it.
     *
     * @param category the category a form collects
     * @return true if the category is declared
     */
    public boolean declares(DataCategory category) {
        requireNonNull(category, "category");
        return declares(categories, category);
    }

    /**
     * Returns the retention rule for a category: the rule of the most specific declared category
     * containing it, else the activity's rule.
     *
     * @param category the category
     * @return the rule
     */
    public RetentionRule retentionFor(DataCategory category) {
        requireNonNull(category, "category");
        RetentionRule best = retention;
        int bestLength = -1;
        for (Map.Entry<DataCategory, RetentionRule> entry : categoryRetention.entrySet()) {
            String key = entry.getKey().id();
            if (category.isWithin(entry.getKey()) && key.length() > bestLength) {
                best = entry.getValue();
                bestLength = key.length();
            }
        }
        return best;
    }

    /**
     * Returns every retention rule of the activity: its own, then those of categories.
     *
     * @return the rules
     */
    public List<RetentionRule> retentionRules() {
        List<RetentionRule> rules = new ArrayList<>();
        rules.add(retention);
        rules.addAll(categoryRetention.values());
        return List.copyOf(rules);
    }

    /**
     * Returns the rights of the data subjects under this activity's basis.
     *
     * @return the rights that apply fully or with a limit
     * @see LegalBasis#rights()
     */
    public Set<Right> rights() {
        return legalBasis.rights();
    }

    /**
     * Returns the consequence of not providing the data.
     *
     * @return the activity's own text, or the provision's default
     */
    public LocalizedText consequenceOfNotProviding() {
        return withoutData != null ? withoutData : provision.defaultConsequence();
    }

    /**
     * Tells whether the activity processes a special category (GDPR art. 9(1)).
     *
     * @return true if a declared category is a special category in the built-in taxonomy
     */
    public boolean processesSpecialCategory() {
        return categories.stream()
                .anyMatch(c -> Taxonomy.builtIn().sensitivityOf(c) == Sensitivity.SPECIAL_CATEGORY);
    }

    private static boolean declares(Set<DataCategory> categories, DataCategory category) {
        for (DataCategory declared : categories) {
            if (category.isWithin(declared)) {
                return true;
            }
        }
        return false;
    }

    private static <T> Set<T> nonNull(Set<T> set) {
        requireNonNull(set, "set");
        for (T item : set) {
            requireNonNull(item, "item");
        }
        return set;
    }

    private static void checkSensitiveCategories(
            String id,
            Set<DataCategory> categories,
            @Nullable SpecialCategoryCondition condition,
            @Nullable LocalizedText legalReference) {
        Taxonomy taxonomy = Taxonomy.builtIn();
        boolean special = false;
        for (DataCategory category : categories) {
            Sensitivity sensitivity = taxonomy.sensitivityOf(category);
            special |= sensitivity == Sensitivity.SPECIAL_CATEGORY;
            if (sensitivity == Sensitivity.NIR && legalReference == null) {
                throw new IllegalArgumentException(
                        "An activity that processes the NIR names the text that allows it"
                                + " (décret 2019-341): "
                                + id);
            }
        }
        if (special && condition == null) {
            throw new IllegalArgumentException(
                    "An activity that processes a special category needs a condition of GDPR"
                            + " art. 9(2): "
                            + id);
        }
        if (!special && condition != null) {
            throw new IllegalArgumentException(
                    "An art. 9(2) condition is given but no special category is processed: " + id);
        }
    }
}
