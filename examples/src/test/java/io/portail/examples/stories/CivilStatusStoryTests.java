package io.portail.examples.stories;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

class CivilStatusStoryTests {

    static String run(Locale locale) {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        CivilStatusStory.run(new PrintStream(bytes, true, StandardCharsets.UTF_8), locale);
        return bytes.toString(StandardCharsets.UTF_8).replace(System.lineSeparator(), "\n");
    }

    @Nested
    class CaseF17 {
        @Test
        void showsTheExtractAllowedAndTheFullCopyRefusedToAnUnrelatedPerson() {
            // Case F17; décret 2017-890 art. 33 (extract without filiation: anyone) and art. 30.
            String out = run(Locale.FRENCH);

            assertThat(out)
                    .contains(
                            "1. Une voisine demande un extrait sans filiation de l'acte de"
                                    + " naissance d'une personne née à Saint-Exemple.\nRéponse :"
                                    + " accepté.")
                    .contains(
                            "2. La même voisine demande la copie intégrale du même acte.\n"
                                    + "Réponse : refusé.\nVous ne pouvez pas obtenir la copie"
                                    + " intégrale de cet acte de naissance.");
        }
    }

    @Nested
    class WordForWord {
        @Test
        void inFrench() {
            assertThat(run(Locale.FRENCH))
                    .isEqualTo(
                            """
                            État civil : qui peut obtenir quel document
                            ========================================================================

                            1. Une voisine demande un extrait sans filiation de l'acte de naissance d'une \
                            personne née à Saint-Exemple.
                            Réponse : accepté.
                            Le document est délivré par : Service de l'état civil de la mairie de Saint-Exemple.
                            C'est gratuit.
                            (décret n° 2017-890 du 6 mai 2017, article 33)

                            2. La même voisine demande la copie intégrale du même acte.
                            Réponse : refusé.
                            Vous ne pouvez pas obtenir la copie intégrale de cet acte de naissance. Ce document \
                            est réservé à la personne concernée, à son époux ou à son épouse, à ses parents et \
                            grands-parents, à ses enfants et petits-enfants, et à son représentant légal. Vous \
                            pouvez demander un extrait sans filiation : il est délivré à toute personne.
                            (décret n° 2017-890 du 6 mai 2017, article 30)

                            3. Un habitant né à l'étranger de parents français demande la copie intégrale de son\
                             propre acte de naissance.
                            Réponse : accepté.
                            Le document est délivré par : Service central d'état civil du ministère des Affaires\
                             étrangères, à Nantes.
                            C'est gratuit.
                            (décret n° 2017-890 du 6 mai 2017, article 30)

                            4. Un généalogiste demande la copie intégrale d'un acte de décès dressé à \
                            Saint-Exemple.
                            Réponse : accepté.
                            Le document est délivré par : Service de l'état civil de la mairie de Saint-Exemple.
                            C'est gratuit.
                            (décret n° 2017-890 du 6 mai 2017, article 31)
                            """);
        }

        @Test
        void inEnglish() {
            assertThat(run(Locale.ENGLISH))
                    .isEqualTo(
                            """
                            Civil status: who may obtain which document
                            ========================================================================

                            1. A neighbour asks for an extract without parents' names of the birth record of a \
                            person born in Saint-Exemple.
                            Answer: allowed.
                            Issued by: Civil status office, Saint-Exemple town hall.
                            It is free of charge.
                            (decree 2017-890 of 6 May 2017, article 33)

                            2. The same neighbour asks for the full copy of the same record.
                            Answer: refused.
                            You cannot obtain the full copy of this birth record. This document is only for the \
                            person it concerns, their husband or wife, their parents and grandparents, their \
                            children and grandchildren, and their legal representative. You can ask for an \
                            extract without the parents' names: anyone can obtain it.
                            (decree 2017-890 of 6 May 2017, article 30)

                            3. A resident born abroad to French parents asks for the full copy of their own \
                            birth record.
                            Answer: allowed.
                            Issued by: Central civil status office of the Ministry of Foreign Affairs, in \
                            Nantes.
                            It is free of charge.
                            (decree 2017-890 of 6 May 2017, article 30)

                            4. A genealogist asks for the full copy of a death record drawn up in Saint-Exemple.
                            Answer: allowed.
                            Issued by: Civil status office, Saint-Exemple town hall.
                            It is free of charge.
                            (decree 2017-890 of 6 May 2017, article 31)
                            """);
        }
    }
}
