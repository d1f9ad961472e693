package io.portail.core.store;

import static java.util.Objects.requireNonNull;

import io.portail.core.reference.Reference;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentMap;

/**
 * A {@link RequestStore} in memory, for tests, demonstrations and small embedded uses.
 *
 * <p>Thread-safe; nothing survives the process.
 */
public final class InMemoryRequestStore implements RequestStore {
    private final ConcurrentMap<String, StoredRequest> byKey = new ConcurrentHashMap<>();
    private final ConcurrentMap<Reference, StoredRequest> byReference = new ConcurrentHashMap<>();
    private final Set<Reference> reserved = ConcurrentHashMap.newKeySet();

    /** Creates an empty store. */
    public InMemoryRequestStore() {}

    @Override
    public boolean tryReserve(Reference reference) {
        return reserved.add(requireNonNull(reference, "reference"));
    }

    @Override
    public StoredRequest saveIfAbsent(StoredRequest request) {
        requireNonNull(request, "request");
        StoredRequest stored =
                byKey.computeIfAbsent(
                        request.idempotencyKey(),
                        key -> {
                            byReference.put(request.request().reference(), request);
                            return request;
                        });
        return stored;
    }

    @Override
    public Optional<StoredRequest> findByIdempotencyKey(String idempotencyKey) {
        return Optional.ofNullable(byKey.get(requireNonNull(idempotencyKey, "idempotencyKey")));
    }

    @Override
    public Optional<StoredRequest> findByReference(Reference reference) {
        return Optional.ofNullable(byReference.get(requireNonNull(reference, "reference")));
    }

    @Override
    public long count() {
        return byKey.size();
    }
}
