package io.portail.privacy.subject;

import static java.util.Objects.requireNonNull;

import io.portail.privacy.category.DataCategory;
import io.portail.privacy.text.LocalizedText;
import java.time.LocalDate;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;

/**
 * One piece of a person's data held by a source, as gathered for a data subject's request.
 *
 * <p>{@link #toString()} names the item and its category but never shows the value. Immutable and
 * thread-safe.
 *
 * @param sourceId the source that holds it
 * @param itemId the item's opaque id within the source
 * @param activityId the processing activity it belongs to
 * @param category its data category
 * @param label what it is, as the resident reads it ("Adresse e-mail")
 * @param value the value, personal data
 * @param retainedUntil the day its retention ends, or null if the source does not know it
 * @param legalHold true while a legal hold applies to it
 * @param providedBySubject true if the resident provided it (GDPR art. 20(1))
 */
public record PersonalDataItem(
        String sourceId,
        String itemId,
        String activityId,
        DataCategory category,
        LocalizedText label,
        String value,
        @Nullable LocalDate retainedUntil,
        boolean legalHold,
        boolean providedBySubject) {
    private static final Pattern ID = Pattern.compile("[A-Za-z0-9._:-]{1,64}");

    /**
     * Checks the item.
     *
     * @param sourceId the source that holds it
     * @param itemId the item's opaque id within the source
     * @param activityId the processing activity it belongs to
     * @param category its data category
     * @param label what it is, as the resident reads it
     * @param value the value
     * @param retainedUntil the day its retention ends, or null
     * @param legalHold true while a legal hold applies
     * @param providedBySubject true if the resident provided it
     * @throws IllegalArgumentException if an id is not an opaque id
     */
    public PersonalDataItem {
        requireNonNull(sourceId, "sourceId");
        requireNonNull(itemId, "itemId");
        requireNonNull(activityId, "activityId");
        requireNonNull(category, "category");
        requireNonNull(label, "label");
        requireNonNull(value, "value");
        if (!ID.matcher(sourceId).matches() || !ID.matcher(itemId).matches()) {
            throw new IllegalArgumentException(
                    "A source or item id is an opaque id of 1 to 64 letters, digits or . _ : -");
        }
    }

    @Override
    public String toString() {
        return "PersonalDataItem[" + sourceId + "/" + itemId + ", " + category + ", value masked]";
    }
}
