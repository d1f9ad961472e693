package io.portail.core.procedure;

import static java.util.Objects.requireNonNull;

import io.portail.privacy.text.LocalizedText;

/**
 * A plain-language announcement of a new procedure for the commune's communication, in French and
 * English, each naming what the procedure brings and how to do it offline.
 *
 * <p>Immutable and thread-safe.
 *
 * @param newsletter a paragraph for the commune's newsletter
 * @param socialPost a post for social networks, 280 code points at most in each language
 * @param poster the lines of a poster, separated by line feeds
 */
public record Announcement(
        LocalizedText newsletter, LocalizedText socialPost, LocalizedText poster) {
    /** The longest post social networks take, counted in Unicode code points. */
    public static final int MAX_SOCIAL_CODE_POINTS = 280;

    /**
     * Checks the announcement.
     *
     * @param newsletter a paragraph for the newsletter
     * @param socialPost a post for social networks
     * @param poster the lines of a poster
     * @throws IllegalArgumentException if the post is longer than 280 code points
     */
    public Announcement {
        requireNonNull(newsletter, "newsletter");
        requireNonNull(socialPost, "socialPost");
        requireNonNull(poster, "poster");
        if (codePoints(socialPost.fr()) > MAX_SOCIAL_CODE_POINTS
                || codePoints(socialPost.en()) > MAX_SOCIAL_CODE_POINTS) {
            throw new IllegalArgumentException(
                    "A social post has at most " + MAX_SOCIAL_CODE_POINTS + " code points");
        }
    }

    static int codePoints(String text) {
        return text.codePointCount(0, text.length());
    }
}
