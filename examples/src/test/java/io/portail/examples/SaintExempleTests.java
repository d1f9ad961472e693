package io.portail.examples;

import static org.assertj.core.api.Assertions.assertThat;

import io.portail.core.civilstatus.CivilStatusRequest;
import io.portail.core.civilstatus.Decision;
import io.portail.core.civilstatus.DocumentKind;
import io.portail.core.civilstatus.EventPlace;
import io.portail.core.civilstatus.RecordKind;
import io.portail.core.civilstatus.Relation;
import io.portail.core.civilstatus.fr.FrenchCivilStatusRules;
import io.portail.core.procedure.Catalogue;
import io.portail.core.procedure.Procedure;
import io.portail.forms.definition.Exit;
import io.portail.privacy.register.Minimisation;
import io.portail.privacy.text.LocalizedText;
import java.util.List;
import java.util.Locale;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

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

    @Test
    void explainsWhoMayHaveTheBirthRecordWordForWord() {
        // Décret n° 2017-890 du 6 mai 2017: art. 30 (full copy), art. 32 (extract with
        // filiation; the multilingual extract shows it too), art. 33 (extract without
        // filiation, open to anyone).
        LocalizedText message = exitMessage("birth-record");

        assertThat(message.fr())
                .isEqualTo(
                        "Vous ne pouvez pas obtenir ce document : la copie intégrale, l'extrait avec"
                                + " filiation et l'extrait plurilingue d'un acte de naissance sont"
                                + " réservés à la personne concernée, à son époux ou à son épouse, à"
                                + " ses parents et grands-parents, à ses enfants et petits-enfants,"
                                + " et à son représentant légal (décret n° 2017-890 du 6 mai 2017,"
                                + " articles 30 et 32). Vous pouvez demander un extrait sans"
                                + " filiation : il est délivré à toute personne (article 33 du même"
                                + " décret).");
        assertThat(message.en())
                .isEqualTo(
                        "You cannot obtain this document: the full copy, the extract with parents'"
                                + " names and the multilingual extract of a birth record are only"
                                + " for the person concerned, their husband or wife, their parents"
                                + " and grandparents, their children and grandchildren, and their"
                                + " legal representative (decree 2017-890 of 6 May 2017, articles"
                                + " 30 and 32). You can ask for an extract without parents' names:"
                                + " anyone may have it (article 33 of the same decree).");
    }

    @ParameterizedTest
    @ValueSource(strings = {"birth-record", "civil-status-certificate"})
    void citesTheArticlesTheCivilStatusRulesApply(String procedure) {
        // The catalogue's refusal cites the articles of décret 2017-890 that
        // FrenchCivilStatusRules gives when it refuses the same documents to an unrelated person,
        // and the article that opens the extract without filiation to anyone.
        TreeSet<String> refused = new TreeSet<>();
        for (DocumentKind document :
                List.of(
                        DocumentKind.FULL_COPY,
                        DocumentKind.EXTRACT_WITH_PARENTS,
                        DocumentKind.MULTILINGUAL_EXTRACT)) {
            Decision decision = decide(document, Relation.UNRELATED);
            assertThat(decision.isAllowed()).as(document.name()).isFalse();
            refused.add(article(((Decision.Refused) decision).source()));
        }
        Decision open = decide(DocumentKind.EXTRACT_WITHOUT_PARENTS, Relation.UNRELATED);

        LocalizedText message = exitMessage(procedure);

        assertThat(refused).containsExactly("30", "32");
        assertThat(message.fr())
                .contains(
                        "(décret n° 2017-890 du 6 mai 2017, articles "
                                + String.join(" et ", refused)
                                + ")")
                .endsWith(
                        "il est délivré à toute personne (article "
                                + article(((Decision.Allowed) open).source())
                                + " du même décret).");
        assertThat(message.en())
                .contains(
                        "(decree 2017-890 of 6 May 2017, articles "
                                + String.join(" and ", refused)
                                + ")")
                .endsWith(
                        "anyone may have it (article "
                                + article(((Decision.Allowed) open).source())
                                + " of the same decree).");
    }

    private static Decision decide(DocumentKind document, Relation relation) {
        return FrenchCivilStatusRules.instance()
                .decide(
                        new CivilStatusRequest(
                                RecordKind.BIRTH,
                                document,
                                relation,
                                EventPlace.commune("45999", "Saint-Exemple")));
    }

    private static String article(LocalizedText source) {
        Matcher number = Pattern.compile("article (\\d+)$").matcher(source.in(Locale.FRENCH));
        assertThat(number.find()).as(source.fr()).isTrue();
        return number.group(1);
    }

    private LocalizedText exitMessage(String procedure) {
        Exit exit =
                catalogue
                        .procedure(procedure)
                        .orElseThrow()
                        .form()
                        .field("relation")
                        .orElseThrow()
                        .exit();
        assertThat(exit).as(procedure).isNotNull();
        return java.util.Objects.requireNonNull(exit).message();
    }
}
