package io.portail.forms.validation;

import static org.assertj.core.api.Assertions.assertThat;

import io.portail.forms.definition.Field;
import io.portail.forms.definition.FieldType;
import io.portail.forms.definition.FormDefinition;
import io.portail.forms.definition.Option;
import io.portail.forms.definition.Step;
import io.portail.privacy.text.LocalizedText;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.From;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.Size;

/**
 * A multiple choice as the written rule reads it: each code once, an empty code no code, any code
 * that is not an option refuses the answer, then the bounds; the codes and labels kept in the order
 * of the options.
 */
class MultipleChoiceProperties {
    private static final List<String> CODES = List.of("mon", "tue", "wed", "thu", "fri");
    private static final FieldType.MultipleChoice TYPE =
            new FieldType.MultipleChoice(
                    CODES.stream()
                            .map(c -> new Option(c, new LocalizedText(c + "-fr", c + "-en")))
                            .toList(),
                    2,
                    3);
    private static final Field FIELD = FormValidatorProperties.field("days", TYPE);
    private static final FormValidator VALIDATOR =
            FormValidator.of(
                    new FormDefinition(
                            "days",
                            1,
                            LocalizedText.same("Jours"),
                            List.of(
                                    new Step(
                                            "days",
                                            LocalizedText.same("Jours"),
                                            List.of(FIELD),
                                            null))),
                    Clock.fixed(Instant.parse("2026-03-16T09:00:00Z"), ZoneId.of("Europe/Paris")));

    @Provide
    Arbitrary<String> codes() {
        return Arbitraries.oneOf(
                Arbitraries.of(CODES), Arbitraries.of("", " tue ", "sun", "MON", "mon\u200b"));
    }

    /** The outcome the written rule gives: a violation code, or the text and display kept. */
    private static String written(List<String> sent) {
        Set<String> distinct = new LinkedHashSet<>();
        for (String code : sent) {
            String normalised = io.portail.forms.value.Text.normalise(code);
            if (!normalised.isEmpty()) {
                distinct.add(normalised);
            }
        }
        if (distinct.isEmpty()) {
            return "missing";
        }
        if (!CODES.containsAll(distinct)) {
            return "choice.unknown";
        }
        if (distinct.size() < TYPE.min()) {
            return "choice.too-few";
        }
        if (distinct.size() > TYPE.max()) {
            return "choice.too-many";
        }
        List<String> kept = new ArrayList<>(CODES);
        kept.retainAll(distinct);
        return String.join(",", kept)
                + " | "
                + String.join(", ", kept.stream().map(c -> c + "-fr").toList())
                + " | "
                + String.join(", ", kept.stream().map(c -> c + "-en").toList());
    }

    private static String outcome(ValidationResult result) {
        if (result instanceof ValidationResult.Invalid invalid) {
            return invalid.violations().get(0).code();
        }
        var kept = ((ValidationResult.Valid) result).answers().get("days");
        if (kept.isEmpty()) {
            return "missing";
        }
        Answer answer = kept.get();
        assertThat(answer.value()).isEqualTo(List.of(answer.text().split(",")));
        return answer.text() + " | " + answer.display().fr() + " | " + answer.display().en();
    }

    @Property(tries = 2000)
    void readsAListAsTheWrittenRuleDoes(@ForAll @Size(max = 8) List<@From("codes") String> sent) {
        List<RawAnswer> items = sent.stream().map(c -> (RawAnswer) new RawAnswer.Text(c)).toList();

        String outcome =
                outcome(VALIDATOR.validate(Answers.of(Map.of("days", new RawAnswer.Items(items)))));

        assertThat(outcome).isEqualTo(written(sent));
    }

    @Property(tries = 1000)
    void readsCommaSeparatedCodesAsTheWrittenRuleDoes(
            @ForAll @Size(min = 1, max = 8) List<@From("codes") String> sent) {
        String outcome =
                outcome(VALIDATOR.validate(Answers.ofText(Map.of("days", String.join(",", sent)))));

        assertThat(outcome).isEqualTo(written(sent));
    }
}
