package io.portail.forms.validation;

import static org.assertj.core.api.Assertions.assertThat;

import io.portail.forms.definition.DateRange;
import io.portail.forms.definition.Field;
import io.portail.forms.definition.FieldType;
import io.portail.forms.definition.FormDefinition;
import io.portail.forms.definition.Option;
import io.portail.forms.definition.Step;
import io.portail.privacy.category.DataCategory;
import io.portail.privacy.text.LocalizedText;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/**
 * Normalisation by {@link FormValidator} is idempotent: a normalised answer reads back as itself.
 */
class FormValidatorProperties {
    static final Clock CLOCK =
            Clock.fixed(Instant.parse("2026-03-16T09:00:00Z"), ZoneId.of("Europe/Paris"));

    static Field field(String id, FieldType type) {
        return Field.builder(id, type, LocalizedText.same(id), DataCategory.IDENTITY).build();
    }

    static final FormValidator VALIDATOR =
            FormValidator.of(
                    new FormDefinition(
                            "p",
                            1,
                            LocalizedText.same("P"),
                            List.of(
                                    new Step(
                                            "s",
                                            LocalizedText.same("S"),
                                            List.of(
                                                    field("text", new FieldType.ShortText(200)),
                                                    field("long", new FieldType.LongText(2000)),
                                                    field(
                                                            "amount",
                                                            new FieldType.Amount(0, 99_999_999)),
                                                    field(
                                                            "count",
                                                            new FieldType.IntegerNumber(
                                                                    -1000, 1_000_000)),
                                                    field(
                                                            "ratio",
                                                            new FieldType.DecimalNumber(
                                                                    BigDecimal.valueOf(-1000),
                                                                    BigDecimal.valueOf(1000),
                                                                    3)),
                                                    field(
                                                            "date",
                                                            new FieldType.DateField(DateRange.ANY)),
                                                    field(
                                                            "days",
                                                            new FieldType.MultipleChoice(
                                                                    List.of(
                                                                            new Option(
                                                                                    "mon",
                                                                                    LocalizedText
                                                                                            .same(
                                                                                                    "L")),
                                                                            new Option(
                                                                                    "tue",
                                                                                    LocalizedText
                                                                                            .same(
                                                                                                    "M")),
                                                                            new Option(
                                                                                    "fri",
                                                                                    LocalizedText
                                                                                            .same(
                                                                                                    "V"))),
                                                                    1,
                                                                    3))),
                                            null))),
                    CLOCK);

    @Property
    void aValidAnswerNormalisesToATextThatReadsBackAsItself(
            @ForAll("answers") Map.Entry<String, String> typed) {
        ValidationResult first =
                VALIDATOR.validate(Answers.ofText(Map.of(typed.getKey(), typed.getValue())));
        if (!(first instanceof ValidationResult.Valid)) {
            return;
        }
        var answer = ((ValidationResult.Valid) first).answers().get(typed.getKey());
        if (answer.isEmpty()) {
            return;
        }
        String text = answer.get().text();

        ValidationResult second = VALIDATOR.validate(Answers.ofText(Map.of(typed.getKey(), text)));

        assertThat(second).isInstanceOf(ValidationResult.Valid.class);
        Answer again =
                ((ValidationResult.Valid) second).answers().get(typed.getKey()).orElseThrow();
        assertThat(again.text()).isEqualTo(text);
        assertThat(again.value()).isEqualTo(answer.get().value());
    }

    @Property
    void everyWayOfTypingAnAmountGivesTheSameCents(
            @ForAll("cents") long cents, @ForAll("amountStyles") int style) {
        long euros = cents / 100;
        String decimals = String.format("%02d", cents % 100);
        String typed =
                switch (style) {
                    case 0 -> euros + "," + decimals;
                    case 1 -> euros + "." + decimals + " €";
                    case 2 -> " " + euros + "," + decimals + "EUR ";
                    default -> String.format("%,d", euros).replace(',', ' ') + "," + decimals;
                };

        ValidationResult result = VALIDATOR.validate(Answers.ofText(Map.of("amount", typed)));

        assertThat(result).isInstanceOf(ValidationResult.Valid.class);
        assertThat(((ValidationResult.Valid) result).answers().get("amount").orElseThrow().value())
                .isEqualTo(BigDecimal.valueOf(cents, 2));
    }

    /**
     * The amount reader, written by hand, answers exactly what the written rule says: spaces
     * removed, then a euro sign or "EUR" (any case) at the end, or a euro sign at the start; a sign
     * first, or after a leading euro sign; digits, then a point or a comma and digits. Such a
     * number is out of range when it is negative (the minimum is 0) or above the maximum, including
     * when it has more than 13 digits before the separator, leading zeros aside; in range, it is of
     * the wrong form with more than 2 decimals. Any other text is of the wrong form. The rule is
     * written here as a regular expression and BigDecimal, as an oracle.
     */
    @Property(tries = 3000)
    void theAmountReaderAgreesWithTheWrittenRule(@ForAll("typedAmounts") String typed) {
        String compact = typed.replaceAll("[ \u00a0\u202f\u2009]", "");
        String lower = compact.toLowerCase(java.util.Locale.ROOT);
        String body = compact;
        boolean suffix = true;
        if (lower.endsWith("€")) {
            body = compact.substring(0, compact.length() - 1);
        } else if (lower.endsWith("eur")) {
            body = compact.substring(0, compact.length() - 3);
        } else {
            suffix = false;
        }
        java.util.regex.Matcher shape =
                java.util.regex.Pattern.compile(
                                suffix
                                        ? "([+-]?)()([0-9]+([.,][0-9]+)?)"
                                        : "(?:([+-]?)€?|€([+-]))([0-9]+([.,][0-9]+)?)")
                        .matcher(body);

        ValidationResult result = VALIDATOR.validate(Answers.ofText(Map.of("amount", typed)));

        if (io.portail.forms.value.Text.normalise(typed).isEmpty()) {
            assertThat(result).isInstanceOf(ValidationResult.Valid.class);
            return;
        }
        if (!shape.matches()) {
            assertThat(code(result)).isEqualTo("amount.wrong-format");
            return;
        }
        boolean negative = "-".equals(shape.group(1)) || "-".equals(shape.group(2));
        String number = shape.group(3).replace(',', '.');
        BigDecimal amount = new BigDecimal(negative ? "-" + number : number);
        boolean huge = number.replaceFirst("^0+(?=[0-9])", "").split("[.]")[0].length() > 13;
        if (amount.signum() < 0) {
            assertThat(code(result)).isEqualTo("amount.too-small");
        } else if (huge || amount.compareTo(BigDecimal.valueOf(99_999_999, 2)) > 0) {
            assertThat(code(result)).isEqualTo("amount.too-large");
        } else if (amount.scale() > 2) {
            assertThat(code(result)).isEqualTo("amount.wrong-format");
        } else {
            assertThat(
                            ((ValidationResult.Valid) result)
                                    .answers()
                                    .get("amount")
                                    .orElseThrow()
                                    .value())
                    .isEqualTo(amount.setScale(2));
        }
    }

    private static String code(ValidationResult result) {
        assertThat(result).isInstanceOf(ValidationResult.Invalid.class);
        return ((ValidationResult.Invalid) result).violations().get(0).code();
    }

    @Provide
    Arbitrary<String> typedAmounts() {
        Arbitrary<String> digits =
                Arbitraries.strings().withChars("0123456789").ofMinLength(1).ofMaxLength(17);
        Arbitrary<String> starts = Arbitraries.of("", "", "-", "+", "€", "-€", "€-", "+€", "--");
        Arbitrary<String> endings =
                Arbitraries.of("", ",5", ".05", ",123", ",100", " €", "EUR", "eur", ",5 €");
        return Arbitraries.oneOf(
                Arbitraries.strings().withChars("0123456789 ,.€EURuer\u00a0+-").ofMaxLength(18),
                Combinators.combine(starts, digits, endings).as((s, d, e) -> s + d + e));
    }

    @Provide
    Arbitrary<Long> cents() {
        return Arbitraries.longs().between(0, 99_999_999);
    }

    @Provide
    Arbitrary<Integer> amountStyles() {
        return Arbitraries.integers().between(0, 3);
    }

    @Provide
    Arbitrary<Map.Entry<String, String>> answers() {
        Arbitrary<String> anyText =
                Arbitraries.strings()
                        .withChars(" \t\u00a0\u2019'\u0301éEa1,.-€\n")
                        .withCharRange('a', 'z')
                        .ofMaxLength(40);
        Arbitrary<String> numeric =
                Arbitraries.strings().withChars("0123456789 ,.-+€").ofMaxLength(14);
        Arbitrary<String> dates =
                Combinators.combine(
                                Arbitraries.integers().between(0, 32),
                                Arbitraries.integers().between(0, 13),
                                Arbitraries.integers().between(1900, 2100))
                        .as((d, m, y) -> d + "/" + m + "/" + y);
        Arbitrary<String> days =
                Arbitraries.of("mon", "tue", "fri", " mon", "sun")
                        .list()
                        .ofMaxSize(4)
                        .map(l -> String.join(",", l));
        return Arbitraries.oneOf(
                anyText.map(t -> Map.entry("text", t)),
                anyText.map(t -> Map.entry("long", t)),
                numeric.map(t -> Map.entry("amount", t)),
                numeric.map(t -> Map.entry("count", t)),
                numeric.map(t -> Map.entry("ratio", t)),
                dates.map(t -> Map.entry("date", t)),
                days.map(t -> Map.entry("days", t)));
    }
}
