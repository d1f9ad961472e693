package io.portail.privacy.subject;

import static java.util.Objects.requireNonNull;

import io.portail.privacy.text.LocalizedText;
import org.jspecify.annotations.Nullable;

/**
 * What happened to one item of an erasure request, with the reason the resident reads when it was
 * kept.
 *
 * <p>Immutable and thread-safe.
 *
 * @param sourceId the source that holds the item
 * @param itemId the item's opaque id
 * @param outcome erased, kept or failed
 * @param reason why the item was kept, in plain words; null when erased
 */
public record ErasureDecision(
        String sourceId, String itemId, Outcome outcome, @Nullable LocalizedText reason) {
    /** The outcome for one item. */
    public enum Outcome {
        /** The item was erased. */
        ERASED,
        /** The item was kept, for the reason given. */
        KEPT,
        /** The source failed to erase it; the request must be handled again. */
        FAILED
    }

    /**
     * Checks the decision.
     *
     * @param sourceId the source that holds the item
     * @param itemId the item's opaque id
     * @param outcome erased, kept or failed
     * @param reason why the item was kept; null when erased
     * @throws IllegalArgumentException if a kept item has no reason
     */
    public ErasureDecision {
        requireNonNull(sourceId, "sourceId");
        requireNonNull(itemId, "itemId");
        requireNonNull(outcome, "outcome");
        if (outcome == Outcome.KEPT && reason == null) {
            throw new IllegalArgumentException("A kept item states why (GDPR art. 12(4))");
        }
    }
}
