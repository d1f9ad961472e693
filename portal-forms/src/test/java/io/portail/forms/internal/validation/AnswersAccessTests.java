package io.portail.forms.internal.validation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.portail.forms.TestForms;
import io.portail.forms.definition.Field;
import io.portail.forms.definition.FormDefinition;
import io.portail.forms.internal.definition.Positions;
import io.portail.forms.json.AnswersJson;
import io.portail.forms.validation.Answers;
import io.portail.forms.validation.RawAnswer;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The internal way the answers reader makes answers laid out by position. */
class AnswersAccessTests {
    @Test
    void takesNoWayButAnswersOwn() {
        // Loaded first, Answers has registered its way; no other can replace it.
        AnswersJson.read("a.json", "{}", TestForms.schoolRegistration());

        assertThatThrownBy(() -> AnswersAccess.register((form, fields, positions, values) -> null))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("Only Answers registers the way to make answers");
        assertThat(
                        AnswersJson.read(
                                "a.json", "{\"canteen\": true}", TestForms.schoolRegistration()))
                .isNotNull();
    }

    @Test
    void answersMadeByPositionNeverChangeAfterwards() {
        FormDefinition form = TestForms.schoolRegistration();
        List<Field> fields = form.fields();
        RawAnswer[] values = new RawAnswer[fields.size()];
        values[0] = new RawAnswer.Text("true");

        Answers answers =
                AnswersAccess.make(
                        form,
                        fields.toArray(new Field[0]),
                        Positions.ofFields(fields.toArray(new Field[0])),
                        values);
        values[1] = new RawAnswer.Text("Durand");

        assertThat(answers.fieldIds()).containsExactly(fields.get(0).id());
        assertThat(answers.get(fields.get(1).id())).isEmpty();
        assertThatThrownBy(() -> answers.get(null)).isInstanceOf(NullPointerException.class);
    }

    @Test
    void makesTheSameAnswersByIdWhenNoWayIsRegistered() throws Exception {
        FormDefinition form = TestForms.schoolRegistration();
        List<Field> fields = form.fields();
        RawAnswer[] values = new RawAnswer[fields.size()];
        values[0] = new RawAnswer.Text("true");
        values[3] = new RawAnswer.Text("14/07/2021");
        java.lang.reflect.Field maker = AnswersAccess.class.getDeclaredField("maker");
        maker.setAccessible(true);
        Object registered = maker.get(null);
        Answers answers;
        try {
            // As when Answers was initialised before this class, in an image built ahead of time.
            maker.set(null, null);
            answers =
                    AnswersAccess.make(
                            form,
                            fields.toArray(new Field[0]),
                            Positions.ofFields(fields.toArray(new Field[0])),
                            values);
        } finally {
            maker.set(null, registered);
        }

        assertThat(answers.fieldIds()).containsExactly(fields.get(0).id(), fields.get(3).id());
        assertThat(answers.get(fields.get(3).id())).contains(new RawAnswer.Text("14/07/2021"));
    }
}
