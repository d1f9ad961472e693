package io.portail.examples;

import static org.assertj.core.api.Assertions.assertThat;

import io.portail.core.procedure.Catalogue;
import io.portail.core.procedure.Procedure;
import io.portail.privacy.register.Minimisation;
import org.junit.jupiter.api.Test;

class SaintExempleTests {
    final Catalogue catalogue = SaintExemple.catalogue();

    @Test
    void offersTheSevenProceduresOnline() {
        assertThat(catalogue.procedures())
                .extracting(Procedure::id)
                .containsExactly(
                        "birth-record",
                        "canteen",
                        "civil-status-certificate",
                        "invoice-payment",
                        "public-space-report",
                        "school-registration",
                        "town-hall-appointment");
    }

    @Test
    void namesTheTextOfEachRegimeInFrenchAndInEnglish() {
        var regime =
                (io.portail.core.procedure.DecisionRegime.ImplicitAcceptance)
                        catalogue.procedure("birth-record").orElseThrow().regime();

        assertThat(regime.source())
                .isEqualTo(
                        new io.portail.privacy.text.LocalizedText(
                                "article L231-1 du code des relations entre le public et"
                                        + " l'administration",
                                "article L231-1 of the French Code of Relations between the"
                                        + " Public and the Administration"));
    }

    @Test
    void collectsOnlyWhatTheRegisterDeclaresForEachProcedure() {
        // GDPR art. 5(1)(c) and 30(1)(c): data minimisation, checked again here on the shipped
        // catalogue (the catalogue reader refuses a form that collects an undeclared category).
        for (Procedure procedure : catalogue.procedures()) {
            assertThat(Minimisation.check(procedure.activity(), procedure.form().categories()))
                    .as(procedure.id())
                    .isEmpty();
        }
    }

    @Test
    void coversEveryProcedureInTheRegister() {
        // Issue 5: the register covers every procedure of the catalogue.
        for (Procedure procedure : catalogue.procedures()) {
            assertThat(catalogue.register().activity(procedure.activity().id()))
                    .as(procedure.id())
                    .isPresent();
        }
    }
}
