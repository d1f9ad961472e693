package io.portail.core.store;

import io.portail.core.reference.Reference;
import io.portail.core.reference.ReferenceReservations;
import java.util.Optional;

/**
 * Where requests and their receipts are kept. Implement it over the commune's database.
 *
 * <p>Implementations are thread-safe, and {@link #saveIfAbsent} is atomic: of two saves with the
 * same idempotency key, exactly one is stored and both callers get it. The contract tests in the
 * portal-core test-jar ({@code RequestStoreContract}) check an implementation.
 */
public interface RequestStore extends ReferenceReservations {
    /**
     * Stores a request unless one was stored with the same idempotency key.
     *
     * @param request the request, its receipt and its submission's key
     * @return the request now stored under that key: the given one, or the earlier one
     */
    StoredRequest saveIfAbsent(StoredRequest request);

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
     * Counts the requests stored.
     *
     * @return the count
     */
    long count();
}
