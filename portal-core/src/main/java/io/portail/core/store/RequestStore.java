package io.portail.core.store;

import io.portail.core.deadline.TimeWindow;
import io.portail.core.reference.Reference;
import io.portail.core.reference.ReferenceReservations;
import io.portail.core.request.Draft;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

/**
 * Where requests, their receipts and drafts are kept. Implement it over the commune's database.
 *
 * <p>Implementations are thread-safe, and every write is atomic: of two saves with the same
 * idempotency key, or with the same reference, exactly one is stored and both callers get it; of
 * two updates from the same version, exactly one succeeds. The contract tests in the portal-core
 * test-jar ({@code io.portail.core.store.RequestStoreContract}) check an implementation.
 */
public interface RequestStore extends ReferenceReservations {
    /**
     * Stores a request unless one was stored with the same idempotency key or the same reference.
     *
     * <p>A request whose key is new but whose reference is taken is not stored, and its key stays
     * unknown to {@link #findByIdempotencyKey}: the request stored with that reference is returned,
     * under its own key. This happens when one draft is submitted twice at once with two keys; the
     * caller tells it apart from a repeat by the key of the request returned. Never an exception.
     *
     * @param request the request, its receipt and its submission's key
     * @return the given request if stored; else the request stored earlier under that key, or, if
     *     none, the one stored earlier with that reference
     */
    StoredRequest saveIfAbsent(StoredRequest request);

    /**
     * Replaces a stored request by its next version, if nobody changed it since (optimistic
     * versioning).
     *
     * @param updated the request after the change, with the same reference and idempotency key
     * @param expectedVersion the version of the request the change was made from
     * @return true if replaced, false if the stored version is not {@code expectedVersion}
     * @throws IllegalArgumentException if no request has this reference, or the update does not
     *     raise the version
     */
    boolean replace(StoredRequest updated, int expectedVersion);

    /**
     * Finds the request stored under an idempotency key.
     *
     * @param idempotencyKey the key
     * @return the request, or empty
     */
    Optional<StoredRequest> findByIdempotencyKey(String idempotencyKey);

    /**
     * Finds a request by its reference.
     *
     * @param reference the reference
     * @return the request, or empty
     */
    Optional<StoredRequest> findByReference(Reference reference);

    /**
     * Finds the requests still waiting for a decision whose implicit decision can be relied on by a
     * day: its {@code effectiveFrom} is on or before that day.
     *
     * @param day the day, in the commune's zone
     * @return the requests, in any order
     */
    List<StoredRequest> findImplicitDecisionsDue(LocalDate day);

    /**
     * Finds the requests received in a window of time.
     *
     * @param window the window: from its start, inclusive, to its end, exclusive
     * @return the requests, oldest first
     */
    List<StoredRequest> findReceivedIn(TimeWindow window);

    /**
     * Counts the requests stored, drafts excluded.
     *
     * @return the count
     */
    long count();

    /**
     * Saves a draft: a new one at version 1, or the next version of a stored one.
     *
     * @param draft the draft
     * @return true if saved, false if the stored draft is not at the version before (or a draft at
     *     version 1 exists already)
     */
    boolean saveDraft(Draft draft);

    /**
     * Finds a draft by its reference.
     *
     * @param reference the reference
     * @return the draft, or empty
     */
    Optional<Draft> findDraft(Reference reference);

    /**
     * Deletes a draft, once submitted or abandoned.
     *
     * @param reference the reference
     * @return true if a draft was deleted
     */
    boolean deleteDraft(Reference reference);
}
