package io.portail.privacy.json;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.portail.privacy.json.JsonInputException.Reason;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.ObjectInputStream;
import java.io.ObjectOutputStream;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class JsonInputExceptionTests {
    @Nested
    class Place {
        @Test
        void keepsTheLineAndColumnOutOfTheMessageFormat() {
            var e = new JsonInputException("a.json", "$", Reason.MALFORMED, "Broken", 3, 14);

            assertThat(e).hasMessage("a.json: $: Broken");
            assertThat(e.line()).hasValue(3);
            assertThat(e.column()).hasValue(14);
        }

        @Test
        void isPlacedLaterWithTheSameReasonPathAndDetail() {
            var unplaced =
                    new JsonInputException("a.json", "$.email", Reason.WRONG_TYPE, "Not a string");

            JsonInputException placed = unplaced.placedAt(4, 9);

            assertThat(placed).hasMessage("a.json: $.email: Not a string").hasCause(unplaced);
            assertThat(placed.detail()).isEqualTo("Not a string");
            assertThat(placed.reason()).isEqualTo(Reason.WRONG_TYPE);
            assertThat(placed.line()).hasValue(4);
            assertThat(placed.column()).hasValue(9);
            assertThatThrownBy(() -> unplaced.placedAt(0, 1))
                    .isInstanceOf(IllegalArgumentException.class);
        }

        @Test
        void knowsNoPlaceWhenBuiltWithoutOne() {
            var e = new JsonInputException("a.json", "$.email", Reason.WRONG_TYPE, "Not a string");

            assertThat(e.line()).isEmpty();
            assertThat(e.column()).isEmpty();
            assertThat(e.path()).isEqualTo("$.email");
        }

        @Test
        void mayKnowTheLineWithoutTheColumn() {
            var e = new JsonInputException("a.json", "$", Reason.MALFORMED, "Broken", 2, -1);

            assertThat(e.line()).hasValue(2);
            assertThat(e.column()).isEmpty();
        }

        @ParameterizedTest(name = "line {0}, column {1}")
        @CsvSource({"0, 1", "1, 0", "-2, 1", "1, -2", "-1, 4"})
        void refusesAPlaceThatIsNoPlace(int line, int column) {
            assertThatThrownBy(
                            () ->
                                    new JsonInputException(
                                            "a.json",
                                            "$",
                                            Reason.MALFORMED,
                                            "Broken",
                                            line,
                                            column))
                    .isInstanceOf(IllegalArgumentException.class);
        }
    }

    @Nested
    class Serialisation {
        @Test
        void keepsTheReasonPathAndPlace() throws IOException, ClassNotFoundException {
            var e = new JsonInputException("a.json", "$", Reason.MALFORMED, "Broken", 3, 14);

            ByteArrayOutputStream bytes = new ByteArrayOutputStream();
            try (ObjectOutputStream out = new ObjectOutputStream(bytes)) {
                out.writeObject(e);
            }
            JsonInputException read;
            try (ObjectInputStream in =
                    new ObjectInputStream(new ByteArrayInputStream(bytes.toByteArray()))) {
                read = (JsonInputException) in.readObject();
            }

            assertThat(read).hasMessage("a.json: $: Broken");
            assertThat(read.reason()).isEqualTo(Reason.MALFORMED);
            assertThat(read.path()).isEqualTo("$");
            assertThat(read.line()).hasValue(3);
            assertThat(read.column()).hasValue(14);
        }
    }
}
