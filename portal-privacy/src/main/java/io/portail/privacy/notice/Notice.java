package io.portail.privacy.notice;

import static java.util.Objects.requireNonNull;

import java.time.Instant;

/**
 * A published version of a privacy notice: its text, version number, publication instant and
 * content hash.
 *
 * <p>A consent record cites the version and hash of the notice the resident read (GDPR art. 7(1):
 * the controller must be able to show what was consented to). Immutable and thread-safe.
 *
 * @param text the text
 * @param version the version, from 1
 * @param publishedAt when this version was published
 * @param hash the SHA-256 of the text's canonical form
 */
public record Notice(NoticeText text, int version, Instant publishedAt, String hash) {
    /**
     * Checks the notice.
     *
     * @param text the text
     * @param version the version, from 1
     * @param publishedAt when this version was published
     * @param hash the SHA-256 of the text's canonical form
     * @throws IllegalArgumentException if the version is below 1 or the hash is not the text's
     */
    public Notice {
        requireNonNull(text, "text");
        requireNonNull(publishedAt, "publishedAt");
        requireNonNull(hash, "hash");
        if (version < 1) {
            throw new IllegalArgumentException("A notice version starts at 1: " + version);
        }
        if (!hash.equals(text.hash())) {
            throw new IllegalArgumentException(
                    "The hash does not match the notice text of " + text.activityId());
        }
    }

    /**
     * Returns the activity the notice is for.
     *
     * @return the activity id
     */
    public String activityId() {
        return text.activityId();
    }
}
