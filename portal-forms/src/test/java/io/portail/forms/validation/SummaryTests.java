package io.portail.forms.validation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.groups.Tuple.tuple;

import io.portail.forms.definition.FormDefinition;
import io.portail.forms.json.AnswersJson;
import io.portail.forms.json.FormJson;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.util.List;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

/** The "check your answers" page: {@link Summary}. Invented data only. */
class SummaryTests {
    static final Clock CLOCK =
            Clock.fixed(Instant.parse("2026-03-16T09:00:00Z"), ZoneId.of("Europe/Paris"));
    static final FormDefinition FORM =
            FormJson.read(
                    "family.json",
                    """
                    {"id": "family", "version": 1, "title": {"fr": "Famille", "en": "Family"},
                     "steps": [
                       {"id": "you", "title": {"fr": "Vous", "en": "You"},
                        "fields": [
                          {"id": "family-name", "type": "short-text", "required": true,
                           "category": "identity.name",
                           "label": {"fr": "Nom de famille", "en": "Surname"}},
                          {"id": "notice", "type": "display",
                           "label": {"fr": "Vos réponses restent en mairie.",
                                     "en": "Your answers stay at the town hall."}},
                          {"id": "married", "type": "yes-no", "required": true,
                           "category": "family", "label": {"fr": "Marié", "en": "Married"}},
                          {"id": "birth-name", "type": "short-text", "category": "identity.name",
                           "label": {"fr": "Nom de naissance", "en": "Birth name"},
                           "shownWhen": {"field": "married", "equals": "true"}},
                          {"id": "phone", "type": "phone", "category": "contact",
                           "label": {"fr": "Téléphone", "en": "Phone"}}]},
                       {"id": "children", "title": {"fr": "Enfants", "en": "Children"},
                        "fields": [
                          {"id": "children", "type": "group", "category": "family",
                           "label": {"fr": "Enfant", "en": "Child"},
                           "fields": [
                             {"id": "given-name", "type": "short-text", "required": true,
                              "category": "identity.name",
                              "label": {"fr": "Prénom", "en": "Given name"}},
                             {"id": "allergies", "type": "short-text", "category": "health",
                              "label": {"fr": "Allergies", "en": "Allergies"}}]},
                          {"id": "pets", "type": "group", "category": "family",
                           "label": {"fr": "Animal", "en": "Pet"},
                           "fields": [{"id": "kind", "type": "short-text", "category": "family",
                                       "label": {"fr": "Espèce", "en": "Kind"}}]}]},
                       {"id": "wedding", "title": {"fr": "Mariage", "en": "Wedding"},
                        "shownWhen": {"field": "married", "equals": "true"},
                        "fields": [
                          {"id": "wedding-date", "type": "date", "category": "civil-status",
                           "label": {"fr": "Date du mariage", "en": "Wedding date"}}]}]}
                    """);

    static Summary summary(String answers) {
        ValidationResult result =
                FormValidator.of(FORM, CLOCK)
                        .validate(AnswersJson.read("answers.json", answers, FORM));
        return Summary.of(FORM, ((ValidationResult.Valid) result).answers());
    }

    static final String ANSWERS =
            """
            {"family-name": "Exemple", "married": "non", "birth-name": "Modèle",
             "children": [{"given-name": "Léa"},
                          {"given-name": "Hugo", "allergies": "Arachides"}]}
            """;

    @Nested
    class UnansweredFields {
        @Test
        void listsEveryShownFieldInReadingOrderWithNoAnswerForTheSkippedOnes() {
            assertThat(summary(ANSWERS).lines())
                    .extracting(
                            Summary.Line::stepId,
                            Summary.Line::path,
                            l -> l.label().fr(),
                            l -> l.value().fr())
                    .containsExactly(
                            tuple("you", "family-name", "Nom de famille", "Exemple"),
                            tuple("you", "married", "Marié", "Non"),
                            tuple("you", "phone", "Téléphone", "Pas de réponse"),
                            tuple(
                                    "children",
                                    "children[0].given-name",
                                    "Enfant 1\u00a0: Prénom",
                                    "Léa"),
                            tuple(
                                    "children",
                                    "children[0].allergies",
                                    "Enfant 1\u00a0: Allergies",
                                    "Pas de réponse"),
                            tuple(
                                    "children",
                                    "children[1].given-name",
                                    "Enfant 2\u00a0: Prénom",
                                    "Hugo"),
                            tuple(
                                    "children",
                                    "children[1].allergies",
                                    "Enfant 2\u00a0: Allergies",
                                    "Arachides"),
                            tuple("children", "pets", "Animal", "Pas de réponse"));
        }

        @Test
        void readsAPhoneNumberBackInTheFormResidentsWriteIt() {
            // Stored as +590690123456 (E.164); read back in the ten-digit national form, in pairs.
            Summary overseas =
                    summary(
                            ANSWERS.replace(
                                    "{\"family-name", "{\"phone\": \"0690123456\", \"family-name"));
            Summary foreign =
                    summary(
                            ANSWERS.replace(
                                    "{\"family-name",
                                    "{\"phone\": \"+44 20 7946 0018\", \"family-name"));

            assertThat(overseas.lines())
                    .filteredOn(l -> l.path().equals("phone"))
                    .extracting(l -> l.value().fr(), l -> l.value().en())
                    .containsExactly(tuple("06 90 12 34 56", "06 90 12 34 56"));
            assertThat(foreign.lines())
                    .filteredOn(l -> l.path().equals("phone"))
                    .extracting(l -> l.value().fr())
                    .containsExactly("+442079460018");
        }

        @Test
        void saysNoAnswerInEnglish() {
            assertThat(summary(ANSWERS).lines())
                    .extracting(Summary.Line::path, l -> l.label().en(), l -> l.value().en())
                    .contains(
                            tuple("phone", "Phone", "No answer"),
                            tuple("children[0].allergies", "Child 1: Allergies", "No answer"),
                            tuple("pets", "Pet", "No answer"));
        }

        @Test
        void leavesOutHiddenFieldsHiddenStepsAndDisplayTexts() {
            // married = non hides birth-name (answered, so dropped) and the whole wedding step
            List<String> paths = summary(ANSWERS).lines().stream().map(Summary.Line::path).toList();

            assertThat(paths).doesNotContain("birth-name", "wedding-date", "notice");
        }

        @Test
        void showsAFieldThatBecomesVisibleAndIsLeftUnanswered() {
            Summary summary = summary(ANSWERS.replace("\"non\"", "\"oui\""));

            assertThat(summary.lines())
                    .extracting(Summary.Line::stepId, Summary.Line::path, l -> l.value().fr())
                    .contains(
                            tuple("you", "birth-name", "Modèle"),
                            tuple("wedding", "wedding-date", "Pas de réponse"));
        }

        @Test
        void answersBuiltByHandRecordNoUnansweredField() {
            assertThat(Summary.of(FORM, new NormalisedAnswers(List.of())).lines()).isEmpty();
        }
    }
}
