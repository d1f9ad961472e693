package io.portail.privacy.notice;

import static java.util.Objects.requireNonNull;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.text.Normalizer;
import java.util.HexFormat;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * The content of a privacy notice for one processing activity, in French and English, with its
 * content hash.
 *
 * <p>The hash is the SHA-256, in lower-case hexadecimal, of the canonical form: the line {@code
 * portail-notice-1}, the activity id, the line {@code fr}, the French text, the line {@code en},
 * the English text, each followed by a line feed, where each text is normalised to NFC, its line
 * ends to line feeds, and trailing spaces of each line and trailing blank lines are removed. Two
 * notices that a resident would read the same therefore share a hash; any change of wording changes
 * it. Immutable and thread-safe.
 *
 * @param activityId the processing activity the notice is for
 * @param fr the French text
 * @param en the English text
 */
public record NoticeText(String activityId, String fr, String en) {
    private static final Pattern TRAILING = Pattern.compile("[ \\t]+(?=\\n)|\\s+$");

    /**
     * Checks the text.
     *
     * @param activityId the processing activity the notice is for
     * @param fr the French text
     * @param en the English text
     * @throws IllegalArgumentException if a text is blank
     */
    public NoticeText {
        requireNonNull(activityId, "activityId");
        requireNonNull(fr, "fr");
        requireNonNull(en, "en");
        if (fr.isBlank() || en.isBlank()) {
            throw new IllegalArgumentException("A notice needs its French and English texts");
        }
    }

    /**
     * Returns the text in the resident's language: English for an English locale, else French.
     *
     * @param locale the locale
     * @return the text
     */
    public String in(Locale locale) {
        requireNonNull(locale, "locale");
        return "en".equals(locale.getLanguage()) ? en : fr;
    }

    /**
     * Returns the canonical form that the hash covers.
     *
     * @return the canonical form
     */
    public String canonicalForm() {
        return "portail-notice-1\n"
                + activityId
                + "\nfr\n"
                + canonical(fr)
                + "\nen\n"
                + canonical(en)
                + "\n";
    }

    /**
     * Returns the SHA-256 of the canonical form, in lower-case hexadecimal.
     *
     * @return 64 hexadecimal digits
     */
    public String hash() {
        try {
            MessageDigest digest = MessageDigest.getInstance("SHA-256");
            return HexFormat.of()
                    .formatHex(digest.digest(canonicalForm().getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            // Every Java platform must provide SHA-256 (MessageDigest's Javadoc).
            throw new IllegalStateException("SHA-256 is missing from this Java platform", e);
        }
    }

    private static String canonical(String text) {
        String nfc = Normalizer.normalize(text, Normalizer.Form.NFC);
        String lf = nfc.replace("\r\n", "\n").replace('\r', '\n');
        return TRAILING.matcher(lf).replaceAll("");
    }

    @Override
    public String toString() {
        return "NoticeText[" + activityId + ", " + hash() + "]";
    }
}
