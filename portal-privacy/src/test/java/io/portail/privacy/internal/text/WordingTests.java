package io.portail.privacy.internal.text;

import static org.assertj.core.api.Assertions.assertThat;

import io.portail.privacy.category.DataCategory;
import io.portail.privacy.retention.FinalAction;
import io.portail.privacy.retention.RetentionRule;
import io.portail.privacy.retention.RetentionTrigger;
import io.portail.privacy.text.LocalizedText;
import java.time.Period;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class WordingTests {
    @Nested
    class Durations {
        @ParameterizedTest(name = "{0}: {1} / {2}")
        @CsvSource(
                delimiter = '|',
                value = {
                    "P1Y      | 1 an                  | 1 year",
                    "P10Y     | 10 ans                | 10 years",
                    "P6M      | 6 mois                | 6 months",
                    "P1Y6M    | 1 an et 6 mois        | 1 year and 6 months",
                    "P1Y1M1D  | 1 an, 1 mois et 1 jour | 1 year, 1 month and 1 day",
                    "P15D     | 15 jours              | 15 days"
                })
        void wordsAPeriod(String period, String fr, String en) {
            assertThat(Wording.duration(Period.parse(period))).isEqualTo(new LocalizedText(fr, en));
        }
    }

    @Nested
    class Retention {
        @Test
        void wordsATransferToThePublicArchives() {
            // Code du patrimoine, art. L212-2.
            RetentionRule rule =
                    new RetentionRule(
                            RetentionTrigger.DECISION, Period.ofYears(5), FinalAction.ARCHIVE);

            assertThat(Wording.retention(rule, DataCategory.CIVIL_STATUS))
                    .isEqualTo(
                            new LocalizedText(
                                    "Les données « état civil (actes de naissance, de mariage et"
                                            + " de décès) » sont conservées 5 ans après la décision"
                                            + " prise sur votre demande, puis versées aux archives"
                                            + " publiques.",
                                    "The data \"civil status (birth, marriage and death"
                                            + " records)\" is kept for 5 years after the decision"
                                            + " on your request, then transferred to the public"
                                            + " archives."));
        }
    }
}
