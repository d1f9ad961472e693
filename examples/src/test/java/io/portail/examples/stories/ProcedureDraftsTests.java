package io.portail.examples.stories;

import static org.assertj.core.api.Assertions.assertThat;

import io.portail.forms.definition.Field;
import io.portail.forms.definition.FormDefinition;
import io.portail.forms.definition.Step;
import io.portail.forms.json.FormJson;
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
            "town-hall-appointment, town-hall-appointments, 6",
            "public-space-report, public-space-reports, 7",
            "invoice-payment, payments, 3"
        })
        void eachDraftHasTheShapeOfACatalogueEntryAndAFormThatReads(
                String id, String activity, int fields) throws IOException {
            JsonNode draft = JSON.readTree(read(id + ".procedure.json"));
            JsonNode entry = JSON.readTree(read("../catalogue.json")).get("procedures").get(0);

            assertThat(List.copyOf(entry.propertyNames()))
                    .containsAll(List.copyOf(draft.propertyNames()));
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
}
