package io.portail.core.receipt;

import static java.util.Objects.requireNonNull;

/**
 * A keyed signature (HMAC-SHA256) of a notice, with the id of the key that made it.
 *
 * @param keyId the id of the key in the {@link KeyRing}
 * @param value the signature, in unpadded base64url (RFC 4648 §5)
 */
public record NoticeSignature(String keyId, String value) {
    /**
     * Checks the signature.
     *
     * @param keyId the key id
     * @param value the signature
     */
    public NoticeSignature {
        requireNonNull(keyId, "keyId");
        requireNonNull(value, "value");
    }
}
