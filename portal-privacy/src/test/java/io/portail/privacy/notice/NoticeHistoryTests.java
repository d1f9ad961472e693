package io.portail.privacy.notice;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

class NoticeHistoryTests {
    private static final Instant JAN = Instant.parse("2026-01-05T09:00:00Z");
    private static final Instant MAR = Instant.parse("2026-03-02T09:00:00Z");
    private final NoticeText first = new NoticeText("newsletter", "Texte 1", "Text 1");
    private final NoticeText second = new NoticeText("newsletter", "Texte 2", "Text 2");

    @Nested
    class Publishing {
        @Test
        void numbersVersionsFromOne() {
            NoticeHistory history =
                    NoticeHistory.of("newsletter").publish(first, JAN).publish(second, MAR);

            assertThat(history.versions()).extracting(Notice::version).containsExactly(1, 2);
            assertThat(history.latest().orElseThrow().hash()).isEqualTo(second.hash());
        }

        @Test
        void anUnchangedTextMakesNoNewVersion() {
            NoticeHistory once = NoticeHistory.of("newsletter").publish(first, JAN);

            assertThat(once.publish(new NoticeText("newsletter", "Texte 1\n", "Text 1"), MAR))
                    .isSameAs(once);
        }

        @Test
        void findsTheVersionInForceAtAnInstant() {
            NoticeHistory history =
                    NoticeHistory.of("newsletter").publish(first, JAN).publish(second, MAR);

            assertThat(history.inForceAt(Instant.parse("2026-02-01T00:00:00Z")))
                    .map(Notice::version)
                    .contains(1);
            assertThat(history.inForceAt(MAR)).map(Notice::version).contains(2);
            assertThat(history.inForceAt(Instant.parse("2025-12-31T00:00:00Z"))).isEmpty();
        }

        @Test
        void refusesATextForAnotherActivity() {
            NoticeText other = new NoticeText("canteen", "Texte", "Text");

            assertThatThrownBy(() -> NoticeHistory.of("newsletter").publish(other, JAN))
                    .hasMessage("This history is for newsletter, not canteen");
        }

        @Test
        void refusesANoticeWhoseHashIsNotItsText() {
            assertThatThrownBy(() -> new Notice(first, 1, JAN, second.hash()))
                    .hasMessage("The hash does not match the notice text of newsletter");
        }
    }
}
