package io.portail.core.store;

import static java.util.Objects.requireNonNull;

import io.portail.core.deadline.ImplicitDecision;
import io.portail.core.deadline.TimeWindow;
import io.portail.core.reference.Reference;
import io.portail.core.request.Draft;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
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
    private final ConcurrentMap<String, Reference> byKey = new ConcurrentHashMap<>();
    private final ConcurrentMap<Reference, StoredRequest> byReference = new ConcurrentHashMap<>();
    private final ConcurrentMap<Reference, Draft> drafts = new ConcurrentHashMap<>();
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
        StoredRequest[] holder = {null};
        Reference reference =
                byKey.computeIfAbsent(
                        request.idempotencyKey(),
                        key -> {
                            Reference ref = request.request().reference();
                            holder[0] = byReference.putIfAbsent(ref, request);
                            // A reference taken under another key: no mapping for this key.
                            return holder[0] == null ? ref : null;
                        });
        return reference != null ? byReference.get(reference) : holder[0];
    }

    @Override
    public boolean replace(StoredRequest updated, int expectedVersion) {
        requireNonNull(updated, "updated");
        Reference reference = updated.request().reference();
        if (updated.request().version() <= expectedVersion) {
            throw new IllegalArgumentException("An update raises the version: " + reference);
        }
        boolean[] replaced = {false};
        StoredRequest now =
                byReference.computeIfPresent(
                        reference,
                        (ref, stored) -> {
                            if (stored.request().version() != expectedVersion
                                    || !stored.idempotencyKey().equals(updated.idempotencyKey())) {
                                return stored;
                            }
                            replaced[0] = true;
                            return updated;
                        });
        if (now == null) {
            throw new IllegalArgumentException("No request is stored with reference " + reference);
        }
        return replaced[0];
    }

    @Override
    public Optional<StoredRequest> findByIdempotencyKey(String idempotencyKey) {
        Reference reference = byKey.get(requireNonNull(idempotencyKey, "idempotencyKey"));
        return reference == null
                ? Optional.empty()
                : Optional.ofNullable(byReference.get(reference));
    }

    @Override
    public Optional<StoredRequest> findByReference(Reference reference) {
        return Optional.ofNullable(byReference.get(requireNonNull(reference, "reference")));
    }

    @Override
    public List<StoredRequest> findImplicitDecisionsDue(LocalDate day) {
        requireNonNull(day, "day");
        return byReference.values().stream()
                .filter(s -> s.request().status().isPending())
                .filter(
                        s -> {
                            ImplicitDecision decision = s.request().implicitDecision();
                            return decision != null && !decision.effectiveFrom().isAfter(day);
                        })
                .toList();
    }

    @Override
    public List<StoredRequest> findReceivedIn(TimeWindow window) {
        requireNonNull(window, "window");
        return byReference.values().stream()
                .filter(s -> window.contains(s.request().receivedAt()))
                .sorted(Comparator.comparing(s -> s.request().receivedAt()))
                .toList();
    }

    @Override
    public long count() {
        return byReference.size();
    }

    @Override
    public boolean saveDraft(Draft draft) {
        requireNonNull(draft, "draft");
        if (draft.version() == 1) {
            return drafts.putIfAbsent(draft.reference(), draft) == null;
        }
        boolean[] saved = {false};
        drafts.computeIfPresent(
                draft.reference(),
                (ref, stored) -> {
                    if (stored.version() != draft.version() - 1) {
                        return stored;
                    }
                    saved[0] = true;
                    return draft;
                });
        return saved[0];
    }

    @Override
    public Optional<Draft> findDraft(Reference reference) {
        return Optional.ofNullable(drafts.get(requireNonNull(reference, "reference")));
    }

    @Override
    public boolean deleteDraft(Reference reference) {
        return drafts.remove(requireNonNull(reference, "reference")) != null;
    }
}
