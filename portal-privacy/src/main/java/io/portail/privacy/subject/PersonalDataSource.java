package io.portail.privacy.subject;

import java.util.List;

/**
 * A store of personal data that the host registers, so that data-subject requests reach every place
 * a person's data lives.
 *
 * <p>Implementations must be thread-safe. {@link InMemoryPersonalDataSource} is a reference
 * implementation for tests.
 */
public interface PersonalDataSource {
    /**
     * Returns the source's opaque id, unique among the sources registered.
     *
     * @return the id
     */
    String id();

    /**
     * Finds every item of a person's data.
     *
     * @param subject the data subject
     * @return the items, possibly none
     */
    List<PersonalDataItem> find(SubjectRef subject);

    /**
     * Erases one item of a person's data.
     *
     * @param subject the data subject
     * @param itemId the item's id
     * @return true if the item was found and erased, false if it was not there
     */
    boolean erase(SubjectRef subject, String itemId);
}
