package io.portail.privacy.internal.json;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.portail.privacy.json.JsonInputException;
import io.portail.privacy.json.JsonInputException.Reason;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

class StrictJsonTests {
    private final StrictJson json = StrictJson.withMaxDocumentBytes(16L << 20);

    @Nested
    class HostileDocuments {
        @Test
        @Timeout(5)
        void refusesDeepNestingQuicklyAndStillParsesAfterwards() {
            // Case F09: 100 000 '[' then 100 000 ']'.
            String deep = "[".repeat(100_000) + "]".repeat(100_000);

            assertThatThrownBy(() -> json.parse("answers.json", deep))
                    .isInstanceOf(JsonInputException.class)
                    .hasMessage("answers.json: $: Nested deeper than the limit of 64 levels")
                    .extracting(e -> ((JsonInputException) e).reason())
                    .isEqualTo(Reason.TOO_LARGE);
            assertThat(json.parse("answers.json", "{\"a\": [1, 2]}").get("a").size()).isEqualTo(2);
        }

        @Test
        @Timeout(5)
        void refusesAMillionDigitNumber() {
            // Case F10: an amount of 1 000 000 digits.
            String doc = "{\"amount\": " + "9".repeat(1_000_000) + "}";

            assertThatThrownBy(() -> json.parse("answers.json", doc))
                    .hasMessage(
                            "answers.json: $: A number is longer than the limit of 40 characters");
        }

        @Test
        @Timeout(5)
        void readsAHugeExponentWithoutExpandingIt() {
            // Case F10: 1e1000000000 is short text; it must never be expanded to digits.
            var node = json.parse("answers.json", "{\"amount\": 1e1000000000}").get("amount");

            assertThat(node.isNumber()).isTrue();
            assertThat(node.decimalValue().scale()).isEqualTo(-1_000_000_000);
        }

        @Test
        @Timeout(5)
        void refusesTenMegabyteString() {
            String doc = "{\"street\": \"" + "a".repeat(10_000_000) + "\"}";

            assertThatThrownBy(() -> json.parse("answers.json", doc))
                    .hasMessage(
                            "answers.json: $: A string is longer than the limit of 200000"
                                    + " characters");
        }

        @Test
        void refusesDocumentOverTheSizeLimit() {
            StrictJson small = StrictJson.withMaxDocumentBytes(10);

            assertThatThrownBy(() -> small.parse("a.json", "{\"name\": \"abcdefgh\"}"))
                    .hasMessage("a.json: $: The document is larger than the limit of 10 bytes");
        }

        @Test
        void buildsOnlyTreesWhateverTheInputNames() {
            // Case F11: the input names a class; only a tree of plain nodes results.
            var root =
                    json.parse(
                            "answers.json",
                            "{\"attachment\": {\"@class\": \"java.io.File\", \"path\": \"x.txt\"}}");

            assertThat(root.get("attachment").isObject()).isTrue();
            assertThat(root.get("attachment").get("@class").isString()).isTrue();
        }
    }

    @Nested
    class MalformedDocuments {
        @Test
        void refusesEmptyDocument() {
            assertThatThrownBy(() -> json.parse("a.json", "  \n"))
                    .hasMessage("a.json: $: The document is empty");
        }

        @Test
        void refusesTruncatedDocumentWithItsPosition() {
            assertThatThrownBy(() -> json.parse("a.json", "{\"a\": [1, 2"))
                    .isInstanceOf(JsonInputException.class)
                    .hasMessageStartingWith("a.json: $: Not well-formed JSON at line 1");
        }

        @Test
        void refusesDuplicateProperties() {
            assertThatThrownBy(() -> json.parse("a.json", "{\"a\": 1, \"a\": 2}"))
                    .hasMessageStartingWith("a.json: $: A key appears twice in the same object");
        }

        @Test
        void saysWhenAKeyAppearsTwiceWithoutRepeatingIt() {
            assertThatThrownBy(
                            () -> json.parse("a.json", "{\"Jean Dupont\": 1, \"Jean Dupont\": 2}"))
                    .hasMessage(
                            "a.json: $: A key appears twice in the same object, at line 1,"
                                    + " column 33")
                    .hasMessageNotContaining("Jean");
        }

        @Test
        void skipsAByteOrderMarkInAStringAsInBytes() {
            assertThat(json.parse("a.json", "\uFEFF{\"a\": 1}").get("a").asInt()).isEqualTo(1);
            assertThat(
                            json.parse(
                                            "a.json",
                                            new java.io.ByteArrayInputStream(
                                                    new byte[] {
                                                        (byte) 0xEF,
                                                        (byte) 0xBB,
                                                        (byte) 0xBF,
                                                        '{',
                                                        '}'
                                                    }))
                                    .size())
                    .isZero();
        }

        @Test
        void refusesTrailingContent() {
            assertThatThrownBy(() -> json.parse("a.json", "{} {}"))
                    .hasMessageStartingWith("a.json: $: Not well-formed JSON");
        }
    }

    /** Reading token by token: the same limits and errors as the tree, without the tree. */
    @Nested
    class TokenByToken {
        private final StrictJson.Reading<String> firstString =
                parser -> {
                    if (parser.currentToken() != tools.jackson.core.JsonToken.VALUE_STRING) {
                        throw new JsonInputException("a.json", "$", Reason.WRONG_TYPE, "No");
                    }
                    return parser.getString();
                };

        @Test
        void buildsAValueFromTheTokens() {
            assertThat(json.read("a.json", " \"caf\u00e9\" ", firstString)).isEqualTo("caf\u00e9");
            assertThat(
                            json.read(
                                    "a.json",
                                    new java.io.ByteArrayInputStream(
                                            "\"x\""
                                                    .getBytes(
                                                            java.nio.charset.StandardCharsets
                                                                    .UTF_8)),
                                    firstString))
                    .isEqualTo("x");
        }

        @Test
        @Timeout(5)
        void reportsTheNestingLimitBeforeARefusalOfTheReading() {
            // Case F09: the reading refuses the first '[', the limit is still what is reported.
            String deep = "[".repeat(100_000) + "]".repeat(100_000);

            assertThatThrownBy(() -> json.read("answers.json", deep, firstString))
                    .hasMessage("answers.json: $: Nested deeper than the limit of 64 levels");
        }

        @Test
        void reportsAMalformedDocumentBeforeARefusalOfTheReading() {
            assertThatThrownBy(() -> json.read("a.json", "[1, 2", firstString))
                    .hasMessageStartingWith("a.json: $: Not well-formed JSON");
            assertThatThrownBy(() -> json.read("a.json", "[1] [2]", firstString))
                    .hasMessageStartingWith("a.json: $: Not well-formed JSON");
            assertThatThrownBy(() -> json.read("a.json", "[1]", firstString))
                    .hasMessage("a.json: $: No");
        }

        @Test
        void placesARepeatedNameThatTheReadingRefuses() {
            // The reading refuses the repeated name as it meets it; the strict second reading
            // places it, as the tree would.
            StrictJson.Reading<String> names =
                    StrictJson.refusingRepeatedNames(
                            parser -> {
                                java.util.Set<String> seen = new java.util.HashSet<>();
                                for (String name = parser.nextName();
                                        name != null;
                                        name = parser.nextName()) {
                                    if (!seen.add(name)) {
                                        throw new JsonInputException(
                                                "a.json", "$", Reason.REPEATED_PROPERTY, "Twice");
                                    }
                                    parser.nextToken();
                                }
                                return String.join(",", seen);
                            });

            assertThatThrownBy(() -> json.read("a.json", "{\"a\": 1, \"b\": 2, \"a\": 3}", names))
                    .hasMessage(
                            "a.json: $: A key appears twice in the same object, at line 1, column 21");
            assertThat(json.read("a.json", "{\"a\": 1, \"b\": 2}", names)).isEqualTo("a,b");
        }

        @Test
        void refusesARepeatedNameForAReadingThatDoesNotLookAtNames() {
            // Only a reading marked as refusing repeated names itself reads without the parser's
            // check: any other reading gets it from the parser.
            StrictJson.Reading<Integer> count =
                    parser -> {
                        int names = 0;
                        for (String name = parser.nextName();
                                name != null;
                                name = parser.nextName()) {
                            parser.nextToken();
                            names++;
                        }
                        return names;
                    };

            assertThatThrownBy(() -> json.read("a.json", "{\"a\": 1, \"a\": 2}", count))
                    .hasMessage(
                            "a.json: $: A key appears twice in the same object, at line 1, column 13");
            assertThat(json.read("a.json", "{\"a\": 1, \"b\": 2}", count)).isEqualTo(2);
        }

        @Test
        void reportsARepeatedNameAfterARefusalOfTheReading() {
            // The reading refuses the first token; the name given twice further on wins.
            assertThatThrownBy(() -> json.read("a.json", "[{\"a\": 1, \"a\": 2}]", firstString))
                    .hasMessage(
                            "a.json: $: A key appears twice in the same object, at line 1, column 14");
        }

        @Test
        void refusesEmptyOversizedAndTrailingDocuments() {
            StrictJson small = StrictJson.withMaxDocumentBytes(8);

            assertThatThrownBy(() -> json.read("a.json", "  ", firstString))
                    .hasMessage("a.json: $: The document is empty");
            // Five characters, but eleven bytes in UTF-8.
            assertThatThrownBy(() -> small.read("a.json", "\"\u20ac\u20ac\u20ac\"", firstString))
                    .hasMessage("a.json: $: The document is larger than the limit of 8 bytes");
            assertThatThrownBy(() -> json.read("a.json", "\"a\" \"b\"", firstString))
                    .hasMessageStartingWith("a.json: $: Not well-formed JSON at line 1, column 5");
        }
    }

    /** The line and column where the parser stopped, for callers that word the problem. */
    @Nested
    class Place {
        @Test
        void givesTheLineAndColumnOfAMalformedDocument() {
            JsonInputException e = catchJson(() -> json.parse("a.json", "{\"a\": 1,\n  \"b\": ]}"));

            assertThat(e.reason()).isEqualTo(Reason.MALFORMED);
            assertThat(e.path()).isEqualTo("$");
            assertThat(e.line()).hasValue(2);
            assertThat(e.column()).hasValue(8);
            assertThat(e).hasMessage("a.json: $: Not well-formed JSON at line 2, column 8");
        }

        @Test
        void givesThePlaceOfARepeatedKeyAndOfTrailingContent() {
            JsonInputException twice =
                    catchJson(() -> json.parse("a.json", "{\"a\": 1, \"a\": 2}"));
            JsonInputException trailing =
                    catchJson(
                            () ->
                                    json.read(
                                            "a.json",
                                            new java.io.ByteArrayInputStream(
                                                    "\"a\" \"b\"".getBytes(UTF_8)),
                                            parser -> parser.getString()));

            assertThat(twice.reason()).isEqualTo(Reason.REPEATED_PROPERTY);
            assertThat(trailing.reason()).isEqualTo(Reason.MALFORMED);
            assertThat(twice.line()).hasValue(1);
            assertThat(twice.column()).hasValue(13);
            assertThat(trailing.line()).hasValue(1);
            assertThat(trailing.column()).hasValue(5);
        }

        @Test
        void givesNoPlaceForAnEmptyOrOversizedDocument() {
            JsonInputException empty = catchJson(() -> json.parse("a.json", "  \n"));
            JsonInputException deep =
                    catchJson(() -> json.parse("a.json", "[".repeat(100) + "]".repeat(100)));

            assertThat(empty.reason()).isEqualTo(Reason.EMPTY);
            assertThat(empty.line()).isEmpty();
            assertThat(empty.column()).isEmpty();
            assertThat(deep.reason()).isEqualTo(Reason.TOO_LARGE);
            assertThat(deep.line()).isEmpty();
        }

        @Test
        void placesAReadingsRefusalOnTheTokenWhereItStopped() {
            // A reading token by token refuses a key it does not know: the refusal gets the line
            // and column of that key, which a tree could not give.
            JsonInputException refused =
                    catchJson(
                            () ->
                                    json.read(
                                            "a.json",
                                            "{\"a\": 1,\n  \"zz\": 2}",
                                            parser -> {
                                                for (String name = parser.nextName();
                                                        name != null;
                                                        name = parser.nextName()) {
                                                    if (!name.equals("a")) {
                                                        throw new JsonInputException(
                                                                "a.json",
                                                                "$",
                                                                Reason.UNKNOWN_PROPERTY,
                                                                "Unknown");
                                                    }
                                                    parser.nextToken();
                                                }
                                                return 1;
                                            }));

            assertThat(refused.reason()).isEqualTo(Reason.UNKNOWN_PROPERTY);
            assertThat(refused).hasMessage("a.json: $: Unknown");
            assertThat(refused.line()).hasValue(2);
            assertThat(refused.column()).hasValue(3);
        }

        private JsonInputException catchJson(Runnable reading) {
            try {
                reading.run();
            } catch (JsonInputException e) {
                return e;
            }
            throw new AssertionError("The document was read");
        }
    }
}
