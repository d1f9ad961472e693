package io.portail.forms.definition;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.portail.forms.json.FormJson;
import java.util.List;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

class FormVersionsTests {
    static FormDefinition version(String id, int version, String title) {
        return FormJson.read(
                "form.json",
                "{\"id\": \""
                        + id
                        + "\", \"version\": "
                        + version
                        + ", \"title\": {\"fr\": \""
                        + title
                        + "\", \"en\": \""
                        + title
                        + "\"}, \"steps\": [{\"id\": \"s\", \"title\": {\"fr\": \"S\", \"en\":"
                        + " \"S\"}, \"fields\": [{\"id\": \"name\", \"type\": \"short-text\","
                        + " \"category\": \"identity\", \"label\": {\"fr\": \"Nom\", \"en\":"
                        + " \"Name\"}}]}]}");
    }

    private final FormVersions versions =
            FormVersions.of(
                    List.of(
                            version("canteen", 2, "Cantine v2"),
                            version("canteen", 1, "Cantine v1"),
                            version("birth-record", 1, "Acte")));

    /** Answers are checked against the version they were started on, new requests the latest. */
    @Nested
    class Lookups {
        @Test
        void givesTheVersionAsked() {
            assertThat(versions.get("canteen", 1).title().fr()).isEqualTo("Cantine v1");
            assertThat(versions.get("canteen", 2).title().fr()).isEqualTo("Cantine v2");
        }

        @Test
        void givesTheLatestVersionForNewRequests() {
            assertThat(versions.latest("canteen").version()).isEqualTo(2);
            assertThat(versions.versions("canteen")).containsExactly(1, 2);
            assertThat(versions.versions("unknown")).isEmpty();
        }

        @Test
        void findsWithoutThrowing() {
            assertThat(versions.find("canteen", 3)).isEmpty();
            assertThat(versions.find("birth-record", 1)).isPresent();
        }
    }

    @Nested
    class Refusals {
        @Test
        void refusesAVersionGivenTwice() {
            assertThatThrownBy(
                            () ->
                                    FormVersions.of(
                                            List.of(
                                                    version("canteen", 1, "A"),
                                                    version("canteen", 1, "B"))))
                    .isInstanceOf(IllegalArgumentException.class)
                    .hasMessage(
                            "Form canteen version 1 is given twice; give each version a new"
                                    + " number");
        }

        @Test
        void namesTheKnownVersionsOfAnUnknownVersion() {
            assertThatThrownBy(() -> versions.get("canteen", 7))
                    .isInstanceOf(IllegalArgumentException.class)
                    .hasMessage("Form canteen has no version 7; known versions: 1, 2");
        }

        @Test
        void namesAFormHeldByItsIdEvenIfItIsNotAPlainName() {
            // The id is the definition's own, as "is given twice" shows it: no one typed it.
            FormVersions accented = FormVersions.of(List.of(version("état-civil", 1, "État")));

            assertThatThrownBy(() -> accented.get("état-civil", 2))
                    .isInstanceOf(IllegalArgumentException.class)
                    .hasMessage("Form état-civil has no version 2; known versions: 1");
        }

        @Test
        void showsAnUnknownIdThatIsNotAPlainNameByItsLengthOnly() {
            // An id taken from a request may hold what a resident typed.
            assertThatThrownBy(() -> versions.get("Léa Durand 06 12 34 56 78", 1))
                    .hasMessage(
                            "No form has the id (an id of 25 characters that is not a plain name)");
            assertThatThrownBy(() -> versions.latest("camille@exemple.fr"))
                    .hasMessage(
                            "No form has the id (an id of 18 characters that is not a plain name)");
            assertThatThrownBy(() -> versions.latest("é"))
                    .hasMessage(
                            "No form has the id (an id of 1 character that is not a plain name)");
            assertThatThrownBy(() -> versions.latest("library"))
                    .hasMessage("No form has the id library");
        }
    }
}
