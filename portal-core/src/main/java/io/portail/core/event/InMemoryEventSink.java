package io.portail.core.event;

import static java.util.Objects.requireNonNull;

import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

/**
 * An {@link EventSink} that keeps events in memory, in publication order, for tests and
 * demonstrations. Thread-safe.
 */
public final class InMemoryEventSink implements EventSink {
    private final List<DomainEvent> events = new CopyOnWriteArrayList<>();

    /** Creates an empty sink. */
    public InMemoryEventSink() {}

    @Override
    public void publish(DomainEvent event) {
        events.add(requireNonNull(event, "event"));
    }

    /**
     * Returns the events published so far.
     *
     * @return a copy, oldest first
     */
    public List<DomainEvent> events() {
        return List.copyOf(events);
    }
}
