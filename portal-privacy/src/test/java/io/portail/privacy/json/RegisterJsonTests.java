package io.portail.privacy.json;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.portail.privacy.category.DataCategory;
import io.portail.privacy.category.DataSubject;
import io.portail.privacy.purpose.LegalBasis;
import io.portail.privacy.purpose.SpecialCategoryCondition;
import io.portail.privacy.register.Provision;
import io.portail.privacy.register.Register;
import io.portail.privacy.retention.FinalAction;
import io.portail.privacy.retention.RetentionTrigger;
import java.time.LocalDate;
import java.time.Period;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

class RegisterJsonTests {
    static final String ACTIVITY =
            """
            {"id": "civil-status-certificates",
             "name": {"fr": "Délivrance d'actes", "en": "Issuing records"},
             "purpose": {"fr": "Délivrer les actes demandés", "en": "Issue the records asked for"},
             "legalBasis": "public-task",
             "categories": ["identity", "civil-status", "contact.email"],
             "retention": {"trigger": "closure", "period": "P1Y", "finalAction": "delete"}}
            """;

    static String register(String activity) {
        return "{\"controller\": \"Commune de Saint-Exemple\", \"dpoContact\": \"dpo@example.org\","
                + " \"activities\": ["
                + activity
                + "]}";
    }

    @Nested
    class ValidRegister {
        @Test
        void readsEveryPartOfAnActivity() {
            Register register = RegisterJson.read("register.json", register(ACTIVITY));

            var activity = register.activity("civil-status-certificates").orElseThrow();
            assertThat(register.controller()).isEqualTo("Commune de Saint-Exemple");
            assertThat(activity.legalBasis()).isEqualTo(LegalBasis.PUBLIC_TASK);
            assertThat(activity.name().fr()).isEqualTo("Délivrance d'actes");
            assertThat(activity.retention().trigger()).isEqualTo(RetentionTrigger.CLOSURE);
            assertThat(activity.retention().period()).isEqualTo(Period.ofYears(1));
            assertThat(activity.retention().finalAction()).isEqualTo(FinalAction.DELETE);
            assertThat(activity.retention().dueOn(LocalDate.of(2026, 3, 16)))
                    .isEqualTo(LocalDate.of(2027, 3, 16));
        }

        @Test
        void declaresNarrowerCategoriesOfADeclaredOne() {
            var activity =
                    RegisterJson.read("register.json", register(ACTIVITY))
                            .activity("civil-status-certificates")
                            .orElseThrow();

            assertThat(activity.declares(DataCategory.of("identity.name"))).isTrue();
            assertThat(activity.declares(DataCategory.of("contact.email"))).isTrue();
            assertThat(activity.declares(DataCategory.of("contact"))).isFalse();
            assertThat(activity.declares(DataCategory.of("financial.iban"))).isFalse();
        }
    }

    @Nested
    class SaintExempleRegister {
        private final Register register = io.portail.privacy.SaintExemple.register();

        @Test
        void loadsEveryActivity() {
            assertThat(register.activities())
                    .extracting(a -> a.id())
                    .containsExactly(
                            "civil-status-certificates",
                            "school-registration",
                            "canteen",
                            "appointments",
                            "public-space-reports",
                            "payments",
                            "newsletter",
                            "portal-accounts");
            assertThat(register.controllerContact())
                    .isEqualTo(
                            "Mairie de Saint-Exemple, 1 place de la Mairie, 45999 Saint-Exemple");
        }

        @Test
        void readsTheCanteensSpecialCategoryAndCategoryRule() {
            var canteen = register.activity("canteen").orElseThrow();

            assertThat(canteen.specialCondition())
                    .isEqualTo(SpecialCategoryCondition.SUBSTANTIAL_PUBLIC_INTEREST);
            assertThat(canteen.subjects())
                    .containsExactly(DataSubject.CHILD, DataSubject.LEGAL_REPRESENTATIVE);
            assertThat(canteen.retention().version()).isEqualTo(2);
            assertThat(canteen.retentionFor(DataCategory.ALLERGIES).period())
                    .isEqualTo(Period.ofMonths(1));
            assertThat(canteen.retentionFor(DataCategory.NAME)).isEqualTo(canteen.retention());
        }

        @Test
        void readsAnArchivePhaseAndAWarning() {
            var rule = register.activity("payments").orElseThrow().retention();

            assertThat(rule.archiveOn(LocalDate.of(2026, 1, 31)))
                    .isEqualTo(LocalDate.of(2028, 1, 31));
            assertThat(rule.dueOn(LocalDate.of(2026, 1, 31))).isEqualTo(LocalDate.of(2036, 1, 31));
            assertThat(rule.warnOn(LocalDate.of(2026, 1, 31)))
                    .isEqualTo(LocalDate.of(2035, 12, 31));
        }

        @Test
        void writesWhatItReads() {
            String json = RegisterJson.write(register);

            assertThat(RegisterJson.read("written.json", json)).isEqualTo(register);
        }

        @Test
        void readsAFirstVersionDocumentWithDefaults() {
            var activity =
                    RegisterJson.read("register.json", register(ACTIVITY))
                            .activity("civil-status-certificates")
                            .orElseThrow();

            assertThat(activity.subjects()).containsExactly(DataSubject.RESIDENT);
            assertThat(activity.provision()).isEqualTo(Provision.REQUIRED_FOR_SERVICE);
            assertThat(activity.retention().version()).isEqualTo(1);
        }
    }

    @Nested
    class InvalidRegister {
        @Test
        void refusesHealthDataWithoutAnArticle9Condition() {
            // GDPR art. 9(1) and 9(2).
            String json = register(ACTIVITY.replace("\"contact.email\"", "\"health.allergies\""));

            assertThatThrownBy(() -> RegisterJson.read("register.json", json))
                    .hasMessage(
                            "register.json: $.activities[0]: An activity that processes a special"
                                    + " category needs a condition of GDPR art. 9(2):"
                                    + " civil-status-certificates");
        }

        @Test
        void refusesTheNirWithoutTheTextThatAllowsIt() {
            // Décret 2019-341 lists who may use the NIR and for what.
            String json = register(ACTIVITY.replace("\"contact.email\"", "\"nir\""));

            assertThatThrownBy(() -> RegisterJson.read("register.json", json))
                    .hasMessage(
                            "register.json: $.activities[0]: An activity that processes the NIR"
                                    + " names the text that allows it (décret 2019-341):"
                                    + " civil-status-certificates");
        }

        @Test
        void refusesCompulsoryDataUnderConsent() {
            // GDPR art. 7(4): consent is not free if the service depends on it.
            String json =
                    register(
                            ACTIVITY.replace("public-task", "consent")
                                    .replace(
                                            "\"categories\"",
                                            "\"provision\": \"statutory\", \"categories\""));

            assertThatThrownBy(() -> RegisterJson.read("register.json", json))
                    .hasMessageContaining("Processing based on consent cannot make providing");
        }

        @Test
        void namesTheUnknownSubject() {
            String json =
                    register(
                            ACTIVITY.replace(
                                    "\"categories\"",
                                    "\"subjects\": [\"child\", \"pet\"], \"categories\""));

            assertThatThrownBy(() -> RegisterJson.read("register.json", json))
                    .hasMessage(
                            "register.json: $.activities[0].subjects[1]: Expected one of resident,"
                                    + " child, legal-representative, agent");
        }

        @Test
        void namesTheUnknownPropertyWithItsPath() {
            String json = register(ACTIVITY.replace("\"legalBasis\"", "\"legalBasiss\""));

            assertThatThrownBy(() -> RegisterJson.read("register.json", json))
                    .hasMessage(
                            "register.json: $.activities[0].legalBasis: Required property is"
                                    + " missing");
        }

        @Test
        void refusesAPropertyTheFormatDoesNotKnow() {
            String json = register(ACTIVITY.replace("{\"id\"", "{\"colour\": \"red\", \"id\""));

            assertThatThrownBy(() -> RegisterJson.read("register.json", json))
                    .isInstanceOf(JsonInputException.class)
                    .hasMessageStartingWith(
                            "register.json: $.activities[0].colour: Unknown property");
        }

        @Test
        void refusesLegitimateInterestsForAPublicAuthority() {
            // GDPR art. 6(1), last subparagraph.
            String json = register(ACTIVITY.replace("public-task", "legitimate-interests"));

            assertThatThrownBy(() -> RegisterJson.read("register.json", json))
                    .hasMessage(
                            "register.json: $.activities[0]: A public authority cannot rest its"
                                    + " own tasks on legitimate interests (GDPR art. 6(1), last"
                                    + " subparagraph): civil-status-certificates");
        }

        @Test
        void listsTheAcceptedValuesOfAnEnumeration() {
            String json = register(ACTIVITY.replace("\"delete\"", "\"shred\""));

            assertThatThrownBy(() -> RegisterJson.read("register.json", json))
                    .hasMessage(
                            "register.json: $.activities[0].retention.finalAction: Expected one"
                                    + " of delete, anonymise, archive");
        }

        @Test
        void refusesAWrongType() {
            String json = register(ACTIVITY.replace("\"P1Y\"", "12"));

            assertThatThrownBy(() -> RegisterJson.read("register.json", json))
                    .hasMessage(
                            "register.json: $.activities[0].retention.period: Expected a string,"
                                    + " found a number");
        }
    }
}
