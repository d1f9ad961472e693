package io.portail.core.receipt;

import static java.util.Objects.requireNonNull;

import io.portail.privacy.text.LocalizedText;
import java.util.Locale;

/**
 * Writes a notice as a fragment of HTML, every value escaped ({@link HtmlEscape}).
 *
 * <p>The fragment is an {@code article} with the notice's kind and reference as data attributes,
 * its title as {@code h1}, and one {@code p} per paragraph, line breaks as {@code br}. Style it
 * with the host's CSS. Thread-safe.
 */
public final class NoticeHtml {
    private NoticeHtml() {}

    /**
     * Writes the notice.
     *
     * @param notice the notice
     * @param locale the resident's language: English for an English locale, French otherwise
     * @return the HTML fragment, ending with a line feed
     */
    public static String render(Notice notice, Locale locale) {
        requireNonNull(notice, "notice");
        requireNonNull(locale, "locale");
        String language = "en".equals(locale.getLanguage()) ? "en" : "fr";
        StringBuilder out = new StringBuilder();
        out.append("<article class=\"portail-notice\" lang=\"")
                .append(language)
                .append("\" data-kind=\"")
                .append(HtmlEscape.attribute(notice.kind().wire()))
                .append("\" data-reference=\"")
                .append(HtmlEscape.attribute(notice.reference().toString()))
                .append("\">\n");
        out.append("<h1>").append(HtmlEscape.text(notice.title().in(locale))).append("</h1>\n");
        for (LocalizedText paragraph : notice.paragraphs()) {
            out.append("<p>")
                    .append(HtmlEscape.text(paragraph.in(locale)).replace("\n", "<br>\n"))
                    .append("</p>\n");
        }
        return out.append("</article>\n").toString();
    }
}
