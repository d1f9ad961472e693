package io.portail.privacy.register;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.portail.privacy.category.DataCategory;
import io.portail.privacy.category.DataSubject;
import io.portail.privacy.purpose.LegalBasis;
import io.portail.privacy.purpose.Right;
import io.portail.privacy.retention.FinalAction;
import io.portail.privacy.retention.RetentionRule;
import io.portail.privacy.retention.RetentionTrigger;
import io.portail.privacy.text.LocalizedText;
import java.time.Period;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

class ProcessingActivityTests {
    static final LocalizedText NAME = new LocalizedText("Signalements", "Reports");
    static final RetentionRule ONE_YEAR =
            new RetentionRule(RetentionTrigger.CLOSURE, Period.ofYears(1), FinalAction.DELETE);

    @Nested
    class ShortConstructor {
        @Test
        void keepsWorkingWithDefaults() {
            var activity =
                    new ProcessingActivity(
                            "reports",
                            NAME,
                            NAME,
                            LegalBasis.PUBLIC_TASK,
                            Set.of(DataCategory.EMAIL, DataCategory.LOCATION),
                            ONE_YEAR);

            assertThat(activity.subjects()).containsExactly(DataSubject.RESIDENT);
            assertThat(activity.provision()).isEqualTo(Provision.REQUIRED_FOR_SERVICE);
            assertThat(activity.rights())
                    .contains(Right.OBJECTION)
                    .doesNotContain(Right.PORTABILITY);
            assertThat(activity.retentionFor(DataCategory.EMAIL)).isEqualTo(ONE_YEAR);
        }

        @Test
        void makesProvidingDataVoluntaryUnderConsent() {
            var activity =
                    new ProcessingActivity(
                            "newsletter",
                            NAME,
                            NAME,
                            LegalBasis.CONSENT,
                            Set.of(DataCategory.EMAIL),
                            ONE_YEAR);

            assertThat(activity.provision()).isEqualTo(Provision.VOLUNTARY);
        }
    }

    @Nested
    class Refusals {
        @Test
        void refusesARuleForAnUndeclaredCategory() {
            assertThatThrownBy(
                            () ->
                                    new ProcessingActivity(
                                            "reports",
                                            NAME,
                                            NAME,
                                            LegalBasis.PUBLIC_TASK,
                                            Set.of(DataCategory.EMAIL),
                                            ONE_YEAR,
                                            Set.of(DataSubject.RESIDENT),
                                            null,
                                            null,
                                            List.of(),
                                            List.of(),
                                            List.of(),
                                            Provision.REQUIRED_FOR_SERVICE,
                                            null,
                                            Map.of(DataCategory.IBAN, ONE_YEAR)))
                    .hasMessage(
                            "A retention rule is set for a category the activity does not"
                                    + " declare: reports, financial.iban");
        }

        @Test
        void refusesAnArticle9ConditionWithoutASpecialCategory() {
            assertThatThrownBy(
                            () ->
                                    new ProcessingActivity(
                                            "reports",
                                            NAME,
                                            NAME,
                                            LegalBasis.PUBLIC_TASK,
                                            Set.of(DataCategory.EMAIL),
                                            ONE_YEAR,
                                            Set.of(DataSubject.RESIDENT),
                                            io.portail.privacy.purpose.SpecialCategoryCondition
                                                    .EXPLICIT_CONSENT,
                                            null,
                                            List.of(),
                                            List.of(),
                                            List.of(),
                                            Provision.REQUIRED_FOR_SERVICE,
                                            null,
                                            Map.of()))
                    .hasMessage(
                            "An art. 9(2) condition is given but no special category is"
                                    + " processed: reports");
        }
    }
}
