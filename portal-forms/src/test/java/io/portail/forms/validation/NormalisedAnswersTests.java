package io.portail.forms.validation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.portail.forms.definition.Field;
import io.portail.forms.definition.FieldType;
import io.portail.privacy.text.LocalizedText;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

class NormalisedAnswersTests {
    private static Answer answer(String id, String text) {
        Field field = FormValidatorProperties.field(id, new FieldType.ShortText(50));
        return new Answer(field, text, text, LocalizedText.same(text));
    }

    /** Answers built by hand, as adapters and tests build them. */
    @Nested
    class BuiltByHand {
        private final NormalisedAnswers answers =
                new NormalisedAnswers(
                        List.of(answer("name", "Durand"), answer("city", "Orléans")),
                        Set.of("phone"));

        @Test
        void findsEachAnswerAndKeepsTheOrder() {
            assertThat(answers.text("name")).contains("Durand");
            assertThat(answers.get("phone")).isEmpty();
            assertThat(answers.get("unknown")).isEmpty();
            assertThat(answers.all())
                    .extracting(a -> a.field().id())
                    .containsExactly("name", "city");
            assertThat(answers.isUnanswered("phone")).isTrue();
            assertThat(answers.isUnanswered("name")).isFalse();
        }

        @Test
        void namesTheFieldsButNeverTheAnswers() {
            assertThat(answers).hasToString("NormalisedAnswers[name, city]");
        }

        @Test
        void refusesTwoAnswersToOneField() {
            assertThatThrownBy(
                            () ->
                                    new NormalisedAnswers(
                                            List.of(answer("name", "A"), answer("name", "B"))))
                    .isInstanceOf(IllegalArgumentException.class)
                    .hasMessage("Two answers to the field name");
        }
    }

    /** A null field id is a misuse, refused alike whoever built the answers. */
    @Nested
    class NullFieldId {
        @Test
        void isRefusedWithTheArgumentsName() {
            NormalisedAnswers byHand =
                    new NormalisedAnswers(List.of(answer("name", "Durand")), Set.of("phone"));
            NormalisedAnswers validated =
                    ((ValidationResult.Valid)
                                    FormValidatorProperties.VALIDATOR.validate(
                                            Answers.ofText(Map.of("text", "Bonjour"))))
                            .answers();

            for (NormalisedAnswers answers : List.of(byHand, validated)) {
                assertThatThrownBy(() -> answers.get(null))
                        .isInstanceOf(NullPointerException.class)
                        .hasMessage("fieldId");
                assertThatThrownBy(() -> answers.isUnanswered(null))
                        .isInstanceOf(NullPointerException.class)
                        .hasMessage("fieldId");
            }
        }
    }

    /** Answers placed by the validator read the same as answers built by hand. */
    @Nested
    class FromTheValidator {
        @Test
        void readsInReadingOrderWhateverTheOrderSent() {
            FormValidator validator =
                    FormValidator.of(
                            FormValidatorProperties.VALIDATOR.form(),
                            Clock.fixed(Instant.parse("2026-03-16T09:00:00Z"), ZoneId.of("UTC")));

            ValidationResult result =
                    validator.validate(Answers.ofText(Map.of("count", "3", "text", "Bonjour")));

            NormalisedAnswers answers = ((ValidationResult.Valid) result).answers();
            assertThat(answers.all())
                    .extracting(a -> a.field().id())
                    .containsExactly("text", "count");
            assertThat(answers.text("count")).contains("3");
            assertThat(answers.get("amount")).isEmpty();
            assertThat(answers.isUnanswered("amount")).isTrue();
            assertThat(answers).hasToString("NormalisedAnswers[text, count]");
        }
    }
}
