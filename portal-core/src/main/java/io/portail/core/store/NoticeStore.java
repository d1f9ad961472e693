package io.portail.core.store;

import io.portail.core.receipt.SignedNotice;
import io.portail.core.reference.Reference;
import java.util.List;

/**
 * Where the signed notices of requests are kept, append-only, so that they can be shown and
 * verified later. Implement it over the commune's database.
 *
 * <p>Implementations are thread-safe. The contract tests in the portal-core test-jar ({@code
 * io.portail.core.store.NoticeStoreContract}) check an implementation.
 */
public interface NoticeStore {
    /**
     * Adds a notice.
     *
     * @param notice the signed notice
     */
    void add(SignedNotice notice);

    /**
     * Returns the notices of a request.
     *
     * @param reference the request's reference
     * @return its notices, in the order they were added; empty if none
     */
    List<SignedNotice> findByReference(Reference reference);
}
