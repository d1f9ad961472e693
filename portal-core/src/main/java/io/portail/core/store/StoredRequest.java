package io.portail.core.store;

import static java.util.Objects.requireNonNull;

import io.portail.core.receipt.Receipt;
import io.portail.core.request.Request;

/**
 * A request as stored, with its receipt and the key and fingerprint of the submission.
 *
 * @param idempotencyKey the key of the submission that created it
 * @param fingerprint a digest of the procedure and answers submitted, to tell a repeat from a
 *     different submission that reuses a key
 * @param request the request
 * @param receipt its receipt
 */
public record StoredRequest(
        String idempotencyKey, String fingerprint, Request request, Receipt receipt) {
    /**
     * Checks the record.
     *
     * @param idempotencyKey the key of the submission
     * @param fingerprint a digest of what was submitted
     * @param request the request
     * @param receipt its receipt
     */
    public StoredRequest {
        requireNonNull(idempotencyKey, "idempotencyKey");
        requireNonNull(fingerprint, "fingerprint");
        requireNonNull(request, "request");
        requireNonNull(receipt, "receipt");
    }
}
