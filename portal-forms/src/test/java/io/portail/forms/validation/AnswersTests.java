package io.portail.forms.validation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Map;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

class AnswersTests {
    @Nested
    class Builder {
        @Test
        void keepsTheOrderAnswersArePutInAndTheLastAnswerToAField() {
            Answers answers =
                    Answers.builder()
                            .put("b", new RawAnswer.Text("1"))
                            .put("a", new RawAnswer.Text("2"))
                            .put("b", new RawAnswer.Text("3"))
                            .build();

            assertThat(answers.fieldIds()).containsExactly("b", "a");
            assertThat(answers.get("b")).contains(new RawAnswer.Text("3"));
            assertThat(answers).hasToString("Answers[2 answers]");
        }

        @Test
        void neverShowsKeysThatNoFormHasChecked() {
            // A client may key answers by what a resident typed.
            Answers answers =
                    Answers.ofText(Map.of("family-name", "Martin", "Camille Martin", "x"));
            RawAnswer.Group group =
                    new RawAnswer.Group(
                            Map.of("camille.martin@exemple.fr", new RawAnswer.Text("x")));

            assertThat(answers).hasToString("Answers[2 answers]");
            assertThat(Answers.ofText(Map.of("06 12 34 56 78", "x")))
                    .hasToString("Answers[1 answer]");
            assertThat(group).hasToString("Group[1 part]");
        }

        @Test
        void anAnswersBuiltNeverChangesWhenTheBuilderGoesOn() {
            Answers.Builder builder = Answers.builder().put("a", new RawAnswer.Text("1"));
            Answers first = builder.build();

            Answers second = builder.put("b", new RawAnswer.Text("2")).build();

            assertThat(first.fieldIds()).containsExactly("a");
            assertThat(second.fieldIds()).containsExactly("a", "b");
            assertThatThrownBy(() -> first.fieldIds().clear())
                    .isInstanceOf(UnsupportedOperationException.class);
        }

        @Test
        void buildsWhatOfBuildsFromAMap() {
            Answers built = Answers.builder().put("a", new RawAnswer.Text("1")).build();

            Answers copied = Answers.of(Map.of("a", new RawAnswer.Text("1")));

            assertThat(built.get("a")).isEqualTo(copied.get("a"));
            assertThat(built.fieldIds()).isEqualTo(copied.fieldIds());
        }
    }
}
