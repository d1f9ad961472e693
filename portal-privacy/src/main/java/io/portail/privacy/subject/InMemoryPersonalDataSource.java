package io.portail.privacy.subject;

import static java.util.Objects.requireNonNull;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** A personal-data source held in memory, for tests and demonstrations. Thread-safe. */
public final class InMemoryPersonalDataSource implements PersonalDataSource {
    private final String id;
    private final Map<SubjectRef, List<PersonalDataItem>> items = new LinkedHashMap<>();

    /**
     * Creates an empty source.
     *
     * @param id the source's opaque id
     */
    public InMemoryPersonalDataSource(String id) {
        this.id = requireNonNull(id, "id");
    }

    /**
     * Adds an item of a person's data.
     *
     * @param subject the data subject
     * @param item the item, whose source id must be this source's
     * @return this source
     * @throws IllegalArgumentException if the item names another source
     */
    public synchronized InMemoryPersonalDataSource add(SubjectRef subject, PersonalDataItem item) {
        requireNonNull(subject, "subject");
        requireNonNull(item, "item");
        if (!item.sourceId().equals(id)) {
            throw new IllegalArgumentException("The item belongs to the source " + item.sourceId());
        }
        items.computeIfAbsent(subject, s -> new ArrayList<>()).add(item);
        return this;
    }

    @Override
    public String id() {
        return id;
    }

    @Override
    public synchronized List<PersonalDataItem> find(SubjectRef subject) {
        requireNonNull(subject, "subject");
        return List.copyOf(items.getOrDefault(subject, List.of()));
    }

    @Override
    public synchronized boolean erase(SubjectRef subject, String itemId) {
        requireNonNull(subject, "subject");
        requireNonNull(itemId, "itemId");
        List<PersonalDataItem> list = items.get(subject);
        return list != null && list.removeIf(item -> item.itemId().equals(itemId));
    }
}
