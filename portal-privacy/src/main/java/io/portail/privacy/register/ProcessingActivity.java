package io.portail.privacy.register;

import static java.util.Objects.requireNonNull;

import io.portail.privacy.category.DataCategory;
import io.portail.privacy.purpose.LegalBasis;
import io.portail.privacy.retention.RetentionRule;
import io.portail.privacy.text.LocalizedText;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * A processing activity of the commune, as entered in its record of processing (GDPR art. 30).
 *
 * <p>Immutable and thread-safe.
 *
 * @param id the stable identifier, lower-case words joined by hyphens
 * @param name the name residents read
 * @param purpose the purpose, in plain words
 * @param legalBasis the lawful basis (GDPR art. 6)
 * @param categories the categories of personal data processed
 * @param retention how long the data is kept
 */
public record ProcessingActivity(
        String id,
        LocalizedText name,
        LocalizedText purpose,
        LegalBasis legalBasis,
        Set<DataCategory> categories,
        RetentionRule retention) {
    private static final Pattern ID = Pattern.compile("[a-z][a-z0-9]*(-[a-z0-9]+)*");

    /**
     * Checks the activity.
     *
     * @param id the stable identifier, lower-case words joined by hyphens
     * @param name the name residents read
     * @param purpose the purpose, in plain words
     * @param legalBasis the lawful basis (GDPR art. 6)
     * @param categories the categories of personal data processed
     * @param retention how long the data is kept
     * @throws IllegalArgumentException if the identifier is malformed, no category is declared, or
     *     the basis is legitimate interests, which a public authority cannot use for its own tasks
     *     (GDPR art. 6(1), last subparagraph)
     */
    public ProcessingActivity {
        requireNonNull(id, "id");
        requireNonNull(name, "name");
        requireNonNull(purpose, "purpose");
        requireNonNull(legalBasis, "legalBasis");
        requireNonNull(retention, "retention");
        categories = Set.copyOf(requireNonNull(categories, "categories"));
        if (!ID.matcher(id).matches()) {
            throw new IllegalArgumentException(
                    "A processing activity id is lower-case words joined by hyphens: " + id);
        }
        if (categories.isEmpty()) {
            throw new IllegalArgumentException(
                    "A processing activity declares at least one data category: " + id);
        }
        if (legalBasis == LegalBasis.LEGITIMATE_INTERESTS) {
            throw new IllegalArgumentException(
                    "A public authority cannot rest its own tasks on legitimate interests"
                            + " (GDPR art. 6(1), last subparagraph): "
                            + id);
        }
    }

    /**
     * Tells whether this activity declares the category, or a broader one that contains it.
     *
     * @param category the category a form collects
     * @return true if the category is declared
     */
    public boolean declares(DataCategory category) {
        requireNonNull(category, "category");
        return categories.stream().anyMatch(category::isWithin);
    }
}
