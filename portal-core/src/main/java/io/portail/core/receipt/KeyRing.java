package io.portail.core.receipt;

import static java.util.Objects.requireNonNull;

import java.security.InvalidKeyException;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Arrays;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.regex.Pattern;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * The keys that sign notices with HMAC-SHA256 (RFC 2104, FIPS 180-4), each under a key id.
 *
 * <p>Notices are signed with the current key; a signature is verified with whichever key of the
 * ring its key id names, so that keys can rotate: add a new key and make it current, keep the old
 * one while its signatures must still verify, then drop it. An unknown key id is refused. Keys are
 * copied in and never shown: {@code toString} lists the key ids only. Immutable and thread-safe.
 */
public final class KeyRing {
    private static final String ALGORITHM = "HmacSHA256";
    private static final Pattern KEY_ID = Pattern.compile("[A-Za-z0-9._-]{1,64}");
    private static final int MIN_KEY_BYTES = 32;

    private final Map<String, byte[]> keys;
    private final String currentKeyId;

    private KeyRing(Map<String, byte[]> keys, String currentKeyId) {
        this.keys = keys;
        this.currentKeyId = currentKeyId;
    }

    /**
     * Returns a ring with one key, the current one.
     *
     * @param keyId the key id: 1 to 64 letters, digits, dots, underscores or hyphens
     * @param key the secret key, at least 32 bytes
     * @return the ring
     * @throws IllegalArgumentException if the key id is malformed or the key shorter than 32 bytes
     */
    public static KeyRing of(String keyId, byte[] key) {
        return new KeyRing(Map.of(), keyId).withCurrentKey(keyId, key);
    }

    /**
     * Returns a ring with a new current key, the other keys kept for verification.
     *
     * @param keyId the new key's id, not in the ring
     * @param key the secret key, at least 32 bytes
     * @return the new ring
     * @throws IllegalArgumentException if the key id is malformed or taken, or the key too short
     */
    public KeyRing withCurrentKey(String keyId, byte[] key) {
        requireNonNull(keyId, "keyId");
        requireNonNull(key, "key");
        if (!KEY_ID.matcher(keyId).matches()) {
            throw new IllegalArgumentException(
                    "A key id is 1 to 64 letters, digits, dots, underscores or hyphens");
        }
        if (keys.containsKey(keyId)) {
            throw new IllegalArgumentException("The ring has a key with this id already: " + keyId);
        }
        if (key.length < MIN_KEY_BYTES) {
            throw new IllegalArgumentException(
                    "An HMAC-SHA256 key has at least " + MIN_KEY_BYTES + " bytes");
        }
        Map<String, byte[]> next = new LinkedHashMap<>(keys);
        next.put(keyId, key.clone());
        return new KeyRing(next, keyId);
    }

    /**
     * Returns a ring without a key, whose signatures will no longer verify.
     *
     * @param keyId the id of the key to drop, not the current one
     * @return the new ring
     * @throws IllegalArgumentException if the key is the current one
     */
    public KeyRing without(String keyId) {
        requireNonNull(keyId, "keyId");
        if (keyId.equals(currentKeyId)) {
            throw new IllegalArgumentException("The current key cannot be dropped: " + keyId);
        }
        Map<String, byte[]> next = new LinkedHashMap<>(keys);
        next.remove(keyId);
        return new KeyRing(next, currentKeyId);
    }

    /**
     * Returns the id of the key that signs.
     *
     * @return the current key id
     */
    public String currentKeyId() {
        return currentKeyId;
    }

    /**
     * Signs bytes with the current key.
     *
     * @param payload the bytes, such as a notice's canonical JSON in UTF-8
     * @return the signature with its key id
     */
    public NoticeSignature sign(byte[] payload) {
        requireNonNull(payload, "payload");
        return new NoticeSignature(
                currentKeyId,
                Base64.getUrlEncoder()
                        .withoutPadding()
                        .encodeToString(mac(keys.get(currentKeyId), payload)));
    }

    /**
     * Verifies the signature of bytes.
     *
     * @param payload the bytes signed
     * @param signature the signature
     * @return {@link Verification#VALID}, {@link Verification#UNKNOWN_KEY} if the ring has no key
     *     with the signature's id, or {@link Verification#INVALID} if the bytes or signature differ
     */
    public Verification verify(byte[] payload, NoticeSignature signature) {
        requireNonNull(payload, "payload");
        requireNonNull(signature, "signature");
        byte[] key = keys.get(signature.keyId());
        if (key == null) {
            return Verification.UNKNOWN_KEY;
        }
        byte[] given;
        try {
            given = Base64.getUrlDecoder().decode(signature.value());
        } catch (IllegalArgumentException e) {
            return Verification.INVALID;
        }
        return MessageDigest.isEqual(mac(key, payload), given)
                ? Verification.VALID
                : Verification.INVALID;
    }

    private static byte[] mac(byte[] key, byte[] payload) {
        try {
            Mac mac = Mac.getInstance(ALGORITHM);
            mac.init(new SecretKeySpec(key, ALGORITHM));
            return mac.doFinal(payload);
        } catch (NoSuchAlgorithmException | InvalidKeyException e) {
            throw new IllegalStateException("Every Java platform has HMAC-SHA256", e);
        }
    }

    @Override
    public String toString() {
        return "KeyRing" + keys.keySet() + ", current " + currentKeyId;
    }

    @Override
    public boolean equals(@org.jspecify.annotations.Nullable Object other) {
        if (!(other instanceof KeyRing)) {
            return false;
        }
        KeyRing that = (KeyRing) other;
        if (!that.currentKeyId.equals(currentKeyId) || !that.keys.keySet().equals(keys.keySet())) {
            return false;
        }
        return keys.entrySet().stream()
                .allMatch(e -> Arrays.equals(e.getValue(), that.keys.get(e.getKey())));
    }

    @Override
    public int hashCode() {
        return currentKeyId.hashCode() * 31 + keys.keySet().hashCode();
    }
}
