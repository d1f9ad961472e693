package io.portail.core.procedure;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.portail.core.TestCommune;
import io.portail.privacy.text.LocalizedText;
import java.time.LocalDate;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

class AnnouncementsTests {
    static final Catalogue CATALOGUE = TestCommune.catalogue();
    static final Procedure TERRACE = CATALOGUE.procedure("terrace-permit").orElseThrow();

    static Announcement terrace() {
        return Announcements.of(TERRACE, CATALOGUE.commune(), LocalDate.of(2026, 3, 10));
    }

    static int codePoints(String text) {
        return text.codePointCount(0, text.length());
    }

    @Nested
    class Texts {
        @Test
        void writesTheNewsletterParagraphInFrench() {
            assertThat(terrace().newsletter().fr())
                    .isEqualTo(
                            "Nouveau à Testville : « Demander une autorisation de terrasse » se"
                                    + " fait en ligne sur le portail de la mairie à partir du 10"
                                    + " mars 2026. Pour les cafés. Vous préférez le faire sans"
                                    + " internet ? Venez à l'accueil (Mairie de Testville, 2 rue de"
                                    + " la Mairie, 45998 Testville) : lundi et mardi de 8 h 30 à 12 h ; mercredi de 8 h 30 à 12 h et de 14 h à 18 h ; jeudi et vendredi de 8 h 30 à 12 h. Vous pouvez aussi appeler le 02 61"
                                    + " 91 00 20 ou écrire à Mairie de Testville, 2 rue de la"
                                    + " Mairie, 45998 Testville.");
        }

        @Test
        void writesTheSocialPostInBothLanguages() {
            Announcement announcement = terrace();

            assertThat(announcement.socialPost().fr())
                    .isEqualTo(
                            "Nouveau à Testville : Demander une autorisation de terrasse, en"
                                    + " ligne. Pour les cafés. Sans internet : à l'accueil de la"
                                    + " mairie ou au 02 61 91 00 20.");
            assertThat(announcement.socialPost().en())
                    .isEqualTo(
                            "New in Testville: Ask for a terrace permit, online. For cafés."
                                    + " Without the internet: at the town hall desk or on 02 61 91"
                                    + " 00 20.");
        }

        @Test
        void writesThePosterInEnglish() {
            assertThat(terrace().poster().en())
                    .isEqualTo(
                            """
                            New: Ask for a terrace permit
                            For cafés.
                            Online: on the portal of the town hall of Testville, from 10 March 2026
                            At the desk: Mairie de Testville, 2 rue de la Mairie, 45998 Testville.\
                             Monday and Tuesday 8:30 to 12:00; Wednesday 8:30 to 12:00 and 14:00 to 18:00; Thursday and Friday 8:30 to 12:00
                            By phone: 02 61 91 00 20
                            By post: Mairie de Testville, 2 rue de la Mairie, 45998 Testville""");
        }
    }

    @Nested
    class SocialLength {
        @Test
        void shortensALongSummaryToTwoHundredEightyCodePointsKeepingTheOfflineAlternative() {
            // Emoji are two UTF-16 chars but one code point: the limit counts code points.
            String longSummary = "Terrasses 🌞 ".repeat(40);
            Procedure verbose =
                    new Procedure(
                            TERRACE.id(),
                            TERRACE.version(),
                            TERRACE.title(),
                            new LocalizedText(longSummary, longSummary),
                            TERRACE.service(),
                            TERRACE.form(),
                            TERRACE.activity(),
                            TERRACE.regime());

            Announcement announcement =
                    Announcements.of(verbose, CATALOGUE.commune(), LocalDate.of(2026, 3, 10));

            String fr = announcement.socialPost().fr();
            assertThat(codePoints(fr)).isEqualTo(280);
            assertThat(fr.length()).isGreaterThan(280);
            assertThat(fr)
                    .endsWith("… Sans internet : à l'accueil de la mairie ou au 02 61 91 00 20.");
            assertThat(codePoints(announcement.socialPost().en())).isLessThanOrEqualTo(280);
        }

        @Test
        void refusesAPostOverTheLimit() {
            LocalizedText text = LocalizedText.same("x");
            LocalizedText post = LocalizedText.same("é".repeat(281));

            assertThatThrownBy(() -> new Announcement(text, post, text))
                    .isInstanceOf(IllegalArgumentException.class)
                    .hasMessage("A social post has at most 280 code points");
        }
    }
}
