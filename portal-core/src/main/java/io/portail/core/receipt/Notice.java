package io.portail.core.receipt;

import static java.util.Objects.requireNonNull;

import io.portail.core.reference.Reference;
import io.portail.privacy.text.LocalizedText;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.SortedMap;
import java.util.TreeMap;

/**
 * A notice sent to a resident about a request: registration, receipt, missing pieces, decision,
 * attestation or payment, written in French and English.
 *
 * <p>Build one with {@link Notices}; render it with {@link #text(Locale)}, {@link NoticeHtml} or
 * {@code io.portail.core.json.NoticeJson} (canonical JSON, the form that is signed). It holds no
 * answer of the resident. Immutable and thread-safe.
 *
 * @param kind what kind of notice
 * @param reference the request's reference
 * @param issuedAt when it was issued
 * @param title its title
 * @param paragraphs its paragraphs, in reading order; a paragraph may hold line breaks
 * @param facts the values it states, by name, for machines: dates in ISO 8601, amounts in cents
 */
public record Notice(
        NoticeKind kind,
        Reference reference,
        Instant issuedAt,
        LocalizedText title,
        List<LocalizedText> paragraphs,
        SortedMap<String, String> facts) {
    /**
     * Checks the notice.
     *
     * @param kind what kind of notice
     * @param reference the request's reference
     * @param issuedAt when it was issued
     * @param title its title
     * @param paragraphs its paragraphs
     * @param facts the values it states
     */
    public Notice {
        requireNonNull(kind, "kind");
        requireNonNull(reference, "reference");
        requireNonNull(issuedAt, "issuedAt");
        requireNonNull(title, "title");
        paragraphs = List.copyOf(requireNonNull(paragraphs, "paragraphs"));
        facts = java.util.Collections.unmodifiableSortedMap(new TreeMap<>(Map.copyOf(facts)));
    }

    /**
     * Writes the notice as plain text: the title, then the paragraphs separated by blank lines.
     *
     * @param locale the resident's language: English for an English locale, French otherwise
     * @return the text, lines separated by {@code \n}, ending with one
     */
    public String text(Locale locale) {
        requireNonNull(locale, "locale");
        StringBuilder out = new StringBuilder(title.in(locale)).append('\n');
        for (LocalizedText paragraph : paragraphs) {
            out.append('\n').append(paragraph.in(locale)).append('\n');
        }
        return out.toString();
    }
}
