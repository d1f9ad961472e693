package io.portail.core.receipt;

import static org.assertj.core.api.Assertions.assertThat;

import io.portail.core.TestCommune;
import io.portail.core.procedure.Commune;
import io.portail.core.procedure.Procedure;
import io.portail.core.procedure.Service;
import io.portail.core.reference.Reference;
import io.portail.privacy.text.LocalizedText;
import java.time.Instant;
import java.time.ZoneId;
import java.util.Locale;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class HtmlEscapeTests {
    @Nested
    class TextContext {
        @ParameterizedTest
        @CsvSource(
                delimiter = '|',
                quoteCharacter = '~',
                value = {
                    "<script>alert(1)</script>|&lt;script&gt;alert(1)&lt;/script&gt;",
                    "Tom & Jerry|Tom &amp; Jerry",
                    "l'école \"Jules Ferry\"|l&#39;école &quot;Jules Ferry&quot;",
                    "&amp;|&amp;amp;",
                    "a=b `c`|a=b `c`",
                })
        void escapesMarkup(String raw, String escaped) {
            assertThat(HtmlEscape.text(raw)).isEqualTo(escaped);
        }

        @Test
        void replacesControlCharactersAndLoneSurrogates() {
            assertThat(HtmlEscape.text("a\u0000b\u0007c\ud800d\tе\n😀"))
                    .isEqualTo("a\uFFFDb\uFFFDc\uFFFDd\tе\n😀");
        }
    }

    @Nested
    class AttributeContext {
        @Test
        void escapesEverythingThatCouldEndAQuotedOrUnquotedValue() {
            assertThat(HtmlEscape.attribute("\" onmouseover='x' a=`b` <>&"))
                    .isEqualTo(
                            "&quot; onmouseover&#61;&#39;x&#39; a&#61;&#96;b&#96; &lt;&gt;&amp;");
        }
    }

    @Nested
    class Notices {
        @Test
        void escapesHostileValuesOfTheCatalogueInTheHtmlOfANotice() {
            Procedure birth = TestCommune.catalogue().procedure("birth-record").orElseThrow();
            Service hostile =
                    new Service(
                            LocalizedText.same("<script>alert('x')</script>"),
                            java.util.List.of("\"><img src=x onerror=alert(1)>"),
                            "a@b.example",
                            "01 02 03 04 05",
                            birth.service().hours());
            Commune commune =
                    new Commune("Saint-<b>Ex</b>", "45998", ZoneId.of("Europe/Paris"), "tribunal");

            String html =
                    NoticeHtml.render(
                            io.portail.core.receipt.Notices.payment(
                                    Reference.of("TV", "4KX7P9M3"),
                                    commune,
                                    hostile,
                                    100,
                                    LocalizedText.same("\"quoted\" & <i>"),
                                    Instant.parse("2026-03-20T16:40:00Z")),
                            Locale.FRENCH);

            assertThat(html)
                    .doesNotContain("<script>", "<img", "<b>", "<i>", "\"quoted\"")
                    .contains("&lt;script&gt;alert(&#39;x&#39;)&lt;/script&gt;")
                    .contains("&quot;&gt;&lt;img src=x onerror=alert(1)&gt;")
                    .startsWith(
                            "<article class=\"portail-notice\" lang=\"fr\" data-kind=\"payment\""
                                    + " data-reference=\"TV-4KX7-P9M3-")
                    .contains(
                            "<h1>Reçu de paiement</h1>\n<p>La mairie de Saint-&lt;b&gt;Ex&lt;/b&gt;")
                    .endsWith("</p>\n</article>\n");
        }
    }
}
