package io.portail.core.store;

import static java.util.Objects.requireNonNull;

import io.portail.core.receipt.SignedNotice;
import io.portail.core.reference.Reference;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentMap;

/** A {@link NoticeStore} in memory. Thread-safe; nothing survives the process. */
public final class InMemoryNoticeStore implements NoticeStore {
    private final ConcurrentMap<Reference, List<SignedNotice>> byReference =
            new ConcurrentHashMap<>();

    /** Creates an empty store. */
    public InMemoryNoticeStore() {}

    @Override
    public void add(SignedNotice notice) {
        requireNonNull(notice, "notice");
        byReference.compute(
                notice.notice().reference(),
                (reference, notices) -> {
                    List<SignedNotice> next =
                            notices == null ? new ArrayList<>() : new ArrayList<>(notices);
                    next.add(notice);
                    return List.copyOf(next);
                });
    }

    @Override
    public List<SignedNotice> findByReference(Reference reference) {
        return byReference.getOrDefault(requireNonNull(reference, "reference"), List.of());
    }
}
