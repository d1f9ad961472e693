package io.portail.privacy.notice;

import static java.util.Objects.requireNonNull;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * The published versions of one activity's notice, oldest first.
 *
 * <p>Publishing a text whose hash equals the latest version's keeps the history as it is, so that
 * regenerating an unchanged notice never creates a version. Immutable and thread-safe.
 */
public final class NoticeHistory {
    private final String activityId;
    private final List<Notice> versions;

    private NoticeHistory(String activityId, List<Notice> versions) {
        this.activityId = activityId;
        this.versions = List.copyOf(versions);
    }

    /**
     * Returns an empty history for an activity.
     *
     * @param activityId the activity
     * @return the history, with no version
     */
    public static NoticeHistory of(String activityId) {
        requireNonNull(activityId, "activityId");
        return new NoticeHistory(activityId, List.of());
    }

    /**
     * Publishes a text as a new version, unless it is the same as the latest one.
     *
     * @param text the text
     * @param at the publication instant
     * @return the history with the new version, or this history if the text is unchanged
     * @throws IllegalArgumentException if the text is for another activity, or the instant is
     *     before the latest version's
     */
    public NoticeHistory publish(NoticeText text, Instant at) {
        requireNonNull(text, "text");
        requireNonNull(at, "at");
        if (!text.activityId().equals(activityId)) {
            throw new IllegalArgumentException(
                    "This history is for " + activityId + ", not " + text.activityId());
        }
        String hash = text.hash();
        Optional<Notice> latest = latest();
        if (latest.isPresent() && latest.get().hash().equals(hash)) {
            return this;
        }
        if (latest.isPresent() && at.isBefore(latest.get().publishedAt())) {
            throw new IllegalArgumentException(
                    "A notice version cannot be published before the previous one");
        }
        List<Notice> next = new ArrayList<>(versions);
        next.add(new Notice(text, versions.size() + 1, at, hash));
        return new NoticeHistory(activityId, next);
    }

    /**
     * Returns the latest version.
     *
     * @return the latest version, or empty if none was published
     */
    public Optional<Notice> latest() {
        return versions.isEmpty()
                ? Optional.empty()
                : Optional.of(versions.get(versions.size() - 1));
    }

    /**
     * Returns a version by number.
     *
     * @param version the version number
     * @return the version, or empty if there is none with that number
     */
    public Optional<Notice> version(int version) {
        return version >= 1 && version <= versions.size()
                ? Optional.of(versions.get(version - 1))
                : Optional.empty();
    }

    /**
     * Returns the version in force at an instant: the latest published at or before it.
     *
     * @param instant the instant
     * @return the version, or empty if none was published yet
     */
    public Optional<Notice> inForceAt(Instant instant) {
        requireNonNull(instant, "instant");
        Notice found = null;
        for (Notice notice : versions) {
            if (!notice.publishedAt().isAfter(instant)) {
                found = notice;
            }
        }
        return Optional.ofNullable(found);
    }

    /**
     * Returns every version, oldest first.
     *
     * @return the versions
     */
    public List<Notice> versions() {
        return versions;
    }

    /**
     * Returns the activity.
     *
     * @return the activity id
     */
    public String activityId() {
        return activityId;
    }
}
