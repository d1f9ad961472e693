package io.portail.core.store;

import static org.assertj.core.api.Assertions.assertThat;

import io.portail.core.json.NoticeJson;
import io.portail.core.receipt.KeyRing;
import io.portail.core.receipt.Notice;
import io.portail.core.receipt.NoticeKind;
import io.portail.core.receipt.SignedNotice;
import io.portail.core.reference.Reference;
import io.portail.privacy.text.LocalizedText;
import java.time.Instant;
import java.util.List;
import java.util.TreeMap;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The behaviour every {@link NoticeStore} must have. Subclass it and return a new, empty store from
 * {@link #newStore()}.
 */
public abstract class NoticeStoreContract {
    private static final KeyRing KEYS = KeyRing.of("test", new byte[32]);

    private NoticeStore store;

    /** Subclasses need no constructor. */
    protected NoticeStoreContract() {}

    /**
     * Returns a new, empty store.
     *
     * @return the store under test
     */
    protected abstract NoticeStore newStore();

    @BeforeEach
    void createStore() {
        store = newStore();
    }

    private static SignedNotice notice(Reference reference, NoticeKind kind) {
        return NoticeJson.sign(
                new Notice(
                        kind,
                        reference,
                        Instant.parse("2026-03-16T09:05:00Z"),
                        LocalizedText.same("Titre"),
                        List.of(LocalizedText.same("Texte")),
                        new TreeMap<>()),
                KEYS);
    }

    @Test
    void keepsTheNoticesOfEachRequestInOrder() {
        Reference one = Reference.of("TV", "23456789");
        Reference two = Reference.of("TV", "98765432");
        SignedNotice registration = notice(one, NoticeKind.REGISTRATION);
        SignedNotice receipt = notice(one, NoticeKind.RECEIPT);
        store.add(registration);
        store.add(notice(two, NoticeKind.RECEIPT));
        store.add(receipt);

        assertThat(store.findByReference(one)).containsExactly(registration, receipt);
        assertThat(store.findByReference(Reference.of("TV", "22222222"))).isEmpty();
    }

    @Test
    void returnsTheCanonicalJsonAndSignatureUnchanged() {
        SignedNotice notice = notice(Reference.of("TV", "23456789"), NoticeKind.DECISION);
        store.add(notice);

        SignedNotice read = store.findByReference(notice.notice().reference()).get(0);
        assertThat(read.canonicalJson()).isEqualTo(notice.canonicalJson());
        assertThat(NoticeJson.verify(read.canonicalJson(), read.signature(), KEYS))
                .isEqualTo(io.portail.core.receipt.Verification.VALID);
    }
}
