package io.portail.core.event;

/**
 * Where the portal publishes domain events: a message broker, a webhook, an outbox table.
 *
 * <p>The portal publishes after the change is stored. A sink that throws does not undo the change:
 * the portal logs a warning naming the event's type and id (never personal data) and goes on, so a
 * sink that must not lose events keeps them itself (an outbox) or the host re-reads the history.
 * Implementations are thread-safe.
 */
@FunctionalInterface
public interface EventSink {
    /**
     * Publishes an event.
     *
     * @param event the event
     */
    void publish(DomainEvent event);
}
