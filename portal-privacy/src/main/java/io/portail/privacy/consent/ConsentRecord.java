package io.portail.privacy.consent;

import static java.util.Objects.requireNonNull;

import io.portail.privacy.subject.SubjectRef;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.util.HexFormat;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;

/**
 * One entry of the consent ledger: a consent given or withdrawn.
 *
 * <p>The fields follow GDPR art. 7(1) (the commune must be able to show who consented, to what,
 * when and how) and the consent record of ISO/IEC TS 27560: the PII principal is {@code subject}
 * (an opaque reference, never a name); the purpose is {@code purpose}; the notice the resident read
 * is {@code noticeVersion} and {@code noticeHash}; the timestamp is {@code at}; the collection
 * method is {@code channel} and {@code collector}; the expiry is {@code expiresAt}; the state
 * changes with {@code action}. Each entry carries the hash of the previous one, making the ledger a
 * hash chain. Immutable and thread-safe.
 *
 * @param sequence the position in the ledger, from 0
 * @param action given or withdrawn
 * @param subject the data subject
 * @param purpose the processing activity consented to
 * @param noticeVersion the version of the notice shown, 0 for a withdrawal made without one
 * @param noticeHash the SHA-256 of that notice, or {@code -} for none
 * @param at when the consent was given or withdrawn; effective from this instant
 * @param channel how it reached the commune
 * @param collector who recorded it: {@code self} for the resident online, else an agent's opaque id
 * @param expiresAt when a given consent lapses, or null if it does not
 * @param previousHash the hash of the previous entry, 64 zeros for the first
 * @param hash the SHA-256 of this entry's canonical line before the hash
 */
public record ConsentRecord(
        long sequence,
        ConsentAction action,
        SubjectRef subject,
        String purpose,
        int noticeVersion,
        String noticeHash,
        Instant at,
        Channel channel,
        String collector,
        @Nullable Instant expiresAt,
        String previousHash,
        String hash) {
    /** The previous hash of the first entry. */
    public static final String GENESIS = "0".repeat(64);

    private static final Pattern HASH = Pattern.compile("[0-9a-f]{64}");
    private static final Pattern TOKEN = Pattern.compile("[A-Za-z0-9._:-]{1,64}");

    /**
     * Checks the entry, including its hash.
     *
     * @param sequence the position in the ledger, from 0
     * @param action given or withdrawn
     * @param subject the data subject
     * @param purpose the processing activity consented to
     * @param noticeVersion the version of the notice shown, 0 for a withdrawal without one
     * @param noticeHash the SHA-256 of that notice, or {@code -} for none
     * @param at when the consent was given or withdrawn
     * @param channel how it reached the commune
     * @param collector who recorded it
     * @param expiresAt when a given consent lapses, or null
     * @param previousHash the hash of the previous entry
     * @param hash the SHA-256 of this entry's canonical line before the hash
     * @throws IllegalArgumentException if a field is malformed, a consent is given without a
     *     notice, expires before it is given, or the hash does not match
     */
    public ConsentRecord {
        requireNonNull(action, "action");
        requireNonNull(subject, "subject");
        requireNonNull(purpose, "purpose");
        requireNonNull(noticeHash, "noticeHash");
        requireNonNull(at, "at");
        requireNonNull(channel, "channel");
        requireNonNull(collector, "collector");
        requireNonNull(previousHash, "previousHash");
        requireNonNull(hash, "hash");
        check(sequence >= 0, "A sequence number is not negative");
        check(TOKEN.matcher(purpose).matches(), "A purpose is an activity id");
        check(TOKEN.matcher(collector).matches(), "A collector is self or an agent's opaque id");
        check(HASH.matcher(previousHash).matches(), "A previous hash is 64 lower-case hex digits");
        boolean noNotice = noticeVersion == 0 && noticeHash.equals("-");
        boolean notice = noticeVersion > 0 && HASH.matcher(noticeHash).matches();
        check(noNotice || notice, "A notice is a version from 1 and its SHA-256, or none");
        if (action == ConsentAction.GIVEN) {
            check(notice, "A consent cites the notice the resident read (GDPR art. 7(1))");
            check(
                    expiresAt == null || expiresAt.isAfter(at),
                    "A consent expires after it is given");
        } else {
            check(expiresAt == null, "A withdrawal has no expiry");
        }
        check(
                hash.equals(
                        digest(
                                body(
                                        sequence,
                                        action,
                                        subject,
                                        purpose,
                                        noticeVersion,
                                        noticeHash,
                                        at,
                                        channel,
                                        collector,
                                        expiresAt,
                                        previousHash))),
                "The hash does not match the entry");
    }

    /**
     * Builds an entry and computes its hash.
     *
     * @param sequence the position in the ledger, from 0
     * @param action given or withdrawn
     * @param subject the data subject
     * @param purpose the processing activity
     * @param noticeVersion the version of the notice shown, 0 for none
     * @param noticeHash the SHA-256 of that notice, or {@code -}
     * @param at when
     * @param channel how
     * @param collector who recorded it
     * @param expiresAt when a given consent lapses, or null
     * @param previousHash the hash of the previous entry
     * @return the entry
     * @throws IllegalArgumentException if a field is malformed
     */
    static ConsentRecord of(
            long sequence,
            ConsentAction action,
            SubjectRef subject,
            String purpose,
            int noticeVersion,
            String noticeHash,
            Instant at,
            Channel channel,
            String collector,
            @Nullable Instant expiresAt,
            String previousHash) {
        String hash =
                digest(
                        body(
                                sequence,
                                action,
                                subject,
                                purpose,
                                noticeVersion,
                                noticeHash,
                                at,
                                channel,
                                collector,
                                expiresAt,
                                previousHash));
        return new ConsentRecord(
                sequence,
                action,
                subject,
                purpose,
                noticeVersion,
                noticeHash,
                at,
                channel,
                collector,
                expiresAt,
                previousHash,
                hash);
    }

    /**
     * Returns the canonical line of the entry: its fields joined by {@code |}, then the hash.
     *
     * @return the line, without a line end
     */
    public String line() {
        return body(
                        sequence,
                        action,
                        subject,
                        purpose,
                        noticeVersion,
                        noticeHash,
                        at,
                        channel,
                        collector,
                        expiresAt,
                        previousHash)
                + "|"
                + hash;
    }

    /**
     * Tells whether this entry is a consent in force at the instant, ignoring later entries.
     *
     * @param instant the instant
     * @return true if given, at or before the instant, and not yet expired
     */
    public boolean grantsAt(Instant instant) {
        return action == ConsentAction.GIVEN
                && !at.isAfter(instant)
                && (expiresAt == null || instant.isBefore(expiresAt));
    }

    static String body(
            long sequence,
            ConsentAction action,
            SubjectRef subject,
            String purpose,
            int noticeVersion,
            String noticeHash,
            Instant at,
            Channel channel,
            String collector,
            @Nullable Instant expiresAt,
            String previousHash) {
        return "c1|"
                + sequence
                + "|"
                + action.name()
                + "|"
                + subject.value()
                + "|"
                + purpose
                + "|"
                + noticeVersion
                + "|"
                + noticeHash
                + "|"
                + at
                + "|"
                + channel.name()
                + "|"
                + collector
                + "|"
                + (expiresAt == null ? "-" : expiresAt.toString())
                + "|"
                + previousHash;
    }

    static String digest(String text) {
        try {
            MessageDigest sha = MessageDigest.getInstance("SHA-256");
            return HexFormat.of().formatHex(sha.digest(text.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            // Every Java platform must provide SHA-256 (MessageDigest's Javadoc).
            throw new IllegalStateException("SHA-256 is missing from this Java platform", e);
        }
    }

    private static void check(boolean condition, String message) {
        if (!condition) {
            throw new IllegalArgumentException(message);
        }
    }
}
