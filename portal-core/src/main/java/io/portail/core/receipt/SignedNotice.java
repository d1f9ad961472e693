package io.portail.core.receipt;

import static java.util.Objects.requireNonNull;

/**
 * A notice with its canonical JSON and the signature of that JSON, as issued and stored.
 *
 * <p>Keep the canonical JSON and the signature: they are what is verified later, byte for byte.
 * Immutable and thread-safe.
 *
 * @param notice the notice
 * @param canonicalJson its canonical JSON, the text signed (in UTF-8)
 * @param signature the signature
 */
public record SignedNotice(Notice notice, String canonicalJson, NoticeSignature signature) {
    /**
     * Checks the record.
     *
     * @param notice the notice
     * @param canonicalJson its canonical JSON
     * @param signature the signature
     */
    public SignedNotice {
        requireNonNull(notice, "notice");
        requireNonNull(canonicalJson, "canonicalJson");
        requireNonNull(signature, "signature");
    }
}
