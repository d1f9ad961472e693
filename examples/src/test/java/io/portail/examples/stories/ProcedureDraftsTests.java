package io.portail.examples.stories;

import static org.assertj.core.api.Assertions.assertThat;

import io.portail.forms.definition.Field;
import io.portail.forms.definition.FormDefinition;
import io.portail.forms.definition.Step;
import io.portail.forms.json.FormJson;
import io.portail.privacy.category.DataCategory;
import io.portail.privacy.json.RegisterJson;
import io.portail.privacy.register.ProcessingActivity;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** The procedure drafts for the lead to merge into Saint-Exemple's catalogue. */
class ProcedureDraftsTests {
    private static final JsonMapper JSON = JsonMapper.builder().build();

    private static String read(String name) throws IOException {
        try (InputStream in =
                ProcedureDraftsTests.class.getResourceAsStream("/saint-exemple/drafts/" + name)) {
            assertThat(in).as(name).isNotNull();
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }

    @Nested
    class Drafts {
        @ParameterizedTest(name = "{0}")
        @CsvSource({
            "town-hall-appointment, appointments, 6",
            "public-space-report, public-space-reports, 7",
            "invoice-payment, payments, 3"
        })
        void eachDraftHasTheShapeOfACatalogueEntryAndAFormThatReads(
                String id, String activity, int fields) throws IOException {
            JsonNode draft = JSON.readTree(read(id + ".procedure.json"));
            JsonNode entry = JSON.readTree(read("../catalogue.json")).get("procedures").get(0);

            // Every property is one a catalogue entry has; a draft is not yet published.
            assertThat(List.copyOf(entry.propertyNames()))
                    .containsAll(List.copyOf(draft.propertyNames()));
            assertThat(draft.get("status").stringValue()).isEqualTo("draft");
            assertThat(draft.get("id").stringValue()).isEqualTo(id);
            assertThat(draft.get("activity").stringValue()).isEqualTo(activity);

            FormDefinition form = FormJson.read(id, draft.get("form").toString());

            assertThat(form.id()).isEqualTo(id);
            List<Field> all = new ArrayList<>();
            for (Step step : form.steps()) {
                all.addAll(step.fields());
            }
            assertThat(all).hasSize(fields);
        }
    }

    /**
     * Data minimisation (GDPR art. 5(1)(c) and 30(1)(c)): every category a draft's form collects
     * must be declared for its activity in Saint-Exemple's register; the categories listed here are
     * missing from the register on main and must be added to it with the draft.
     */
    @Nested
    class Register {
        @ParameterizedTest(name = "{0}")
        @CsvSource({"town-hall-appointment, ''", "public-space-report, ''", "invoice-payment, ''"})
        void collectsOnlyWhatItsActivityDeclares(String id, String missing) throws IOException {
            // GDPR art. 5(1)(c): the register declares every category the form collects.
            JsonNode draft = JSON.readTree(read(id + ".procedure.json"));
            io.portail.privacy.register.Register register =
                    RegisterJson.read("register.json", read("../register.json"));
            ProcessingActivity activity =
                    register.activity(draft.get("activity").stringValue()).orElseThrow();

            FormDefinition form = FormJson.read(id, draft.get("form").toString());

            List<String> undeclared =
                    form.categories().stream()
                            .filter(c -> !activity.declares(c))
                            .map(DataCategory::id)
                            .sorted()
                            .toList();
            assertThat(undeclared)
                    .isEqualTo(missing.isEmpty() ? List.of() : List.of(missing.split(" ")));
        }
    }
}
