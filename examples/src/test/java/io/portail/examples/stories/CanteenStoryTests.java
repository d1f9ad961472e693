package io.portail.examples.stories;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

class CanteenStoryTests {

    static String run(Locale locale) {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        CanteenStory.run(new PrintStream(bytes, true, StandardCharsets.UTF_8), locale);
        return bytes.toString(StandardCharsets.UTF_8).replace(System.lineSeparator(), "\n");
    }

    @Nested
    class CutOffs {
        @Test
        void refusesAndBillsTheLateCancellationAndAcceptsTheOneJustBefore() {
            String out = run(Locale.FRENCH);

            assertThat(out)
                    .contains(
                            "[jeudi 12 mars 2026, 10:01]\nRefusé. Il n'est plus possible"
                                    + " d'annuler le repas du lundi 16 mars 2026")
                    .contains(
                            "[mardi 17 mars 2026, 09:59]\nAccepté. Le repas du jeudi 19 mars"
                                    + " 2026 est annulé.")
                    .contains("- lundi 16 mars, E-0001 : 1,00 €")
                    .doesNotContain("fruits");
        }
    }

    @Nested
    class WordForWord {
        @Test
        void inFrench() {
            assertThat(run(Locale.FRENCH))
                    .isEqualTo(
                            """
                            Cantine scolaire
                            ========================================================================
                            Réservez avant le jeudi 12 h pour la semaine suivante. Annulez avant 10 h, deux \
                            jours ouvrés avant le repas.
                            Avec un quotient familial de 850, le repas coûte 1,00 € (tarif social de la cantine \
                            à 1 euro).

                            [lundi 9 mars 2026, 18:30]
                            Accepté. Le repas du lundi 16 mars 2026 est réservé.
                            Accepté. Le repas du mardi 17 mars 2026 est réservé.
                            Refusé. La cantine ne sert pas de repas le mercredi 18 mars 2026. Choisissez un \
                            autre jour.
                            Accepté. Le repas du jeudi 19 mars 2026 est réservé.
                            Accepté. Le repas du vendredi 20 mars 2026 est réservé.
                            Refusé. La cantine est fermée le lundi 13 avril 2026 (vacances de printemps). \
                            Choisissez un autre jour.

                            [jeudi 12 mars 2026, 10:01]
                            Refusé. Il n'est plus possible d'annuler le repas du lundi 16 mars 2026 : les \
                            annulations pour ce jour se terminaient le jeudi 12 mars 2026 à 10 h. Ce repas vous \
                            sera facturé, sauf si votre enfant est malade : dans ce cas, donnez un certificat \
                            médical au service de restauration scolaire.

                            [mardi 17 mars 2026, 09:59]
                            Accepté. Le repas du jeudi 19 mars 2026 est annulé. Il ne vous sera pas facturé.

                            Fiche de la cuisine, lundi 16 mars 2026 : 1 repas
                            - E-0001 : PAI : voir le plan

                            Relevé de mars 2026
                            - lundi 16 mars, E-0001 : 1,00 €
                            - mardi 17 mars, E-0001 : 1,00 €
                            - vendredi 20 mars, E-0001 : 1,00 €
                            Total : 3,00 €
                            """);
        }

        @Test
        void inEnglish() {
            assertThat(run(Locale.ENGLISH))
                    .isEqualTo(
                            """
                            School canteen
                            ========================================================================
                            Book before Thursday 12:00 for the following week. Cancel before 10:00, two working \
                            days before the meal.
                            With a quotient familial of 850, a meal costs €1.00 (the one-euro canteen social \
                            price).

                            [Monday 9 March 2026, 18:30]
                            Done. The meal on Monday 16 March 2026 is booked.
                            Done. The meal on Tuesday 17 March 2026 is booked.
                            Refused. The canteen serves no meal on Wednesday 18 March 2026. Choose another day.
                            Done. The meal on Thursday 19 March 2026 is booked.
                            Done. The meal on Friday 20 March 2026 is booked.
                            Refused. The canteen is closed on Monday 13 April 2026 (spring holidays). Choose \
                            another day.

                            [Thursday 12 March 2026, 10:01]
                            Refused. The meal on Monday 16 March 2026 can no longer be cancelled: cancellations \
                            for that day closed on Thursday 12 March 2026 at 10:00. You will be charged for this\
                             meal, unless your child is ill: in that case, give a doctor's note to the school \
                            catering office.

                            [Tuesday 17 March 2026, 09:59]
                            Done. The meal on Thursday 19 March 2026 is cancelled. You will not be charged for \
                            it.

                            Kitchen sheet, Monday 16 March 2026: 1 meal
                            - E-0001: PAI: see the plan

                            Statement for March 2026
                            - Monday 16 March, E-0001: €1.00
                            - Tuesday 17 March, E-0001: €1.00
                            - Friday 20 March, E-0001: €1.00
                            Total: €3.00
                            """);
        }
    }
}
