package io.portail.forms.validation;

import static org.assertj.core.api.Assertions.assertThat;

import io.portail.forms.definition.Field;
import io.portail.forms.definition.FieldType;
import io.portail.privacy.category.DataCategory;
import io.portail.privacy.text.LocalizedText;
import java.math.BigDecimal;
import java.time.LocalDate;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/**
 * A decimal answer is read as the written rule says, whatever its length: its range first, then its
 * decimals once trailing zeros are left out; the value keeps the decimals typed, but for trailing
 * zeros beyond the field's scale. The check reads the text rather than building a number of every
 * digit, so that a long answer costs linear time.
 */
class DecimalProperties {
    private static final DateCheck.Today DAY = DateCheck.Today.of(LocalDate.of(2026, 3, 16));

    private static Field field(FieldType.DecimalNumber type) {
        return Field.builder("surface", type, LocalizedText.same("Surface"), DataCategory.FAMILY)
                .build();
    }

    /** The written rule, on the whole number. */
    private static String expected(FieldType.DecimalNumber type, String number) {
        BigDecimal value = new BigDecimal(number);
        if (value.compareTo(type.min()) < 0) {
            return "number.too-small";
        }
        if (value.compareTo(type.max()) > 0) {
            return "number.too-large";
        }
        if (value.scale() > type.scale()) {
            BigDecimal trimmed = value.stripTrailingZeros();
            if (trimmed.scale() > type.scale()) {
                return "number.too-many-decimals";
            }
            value = trimmed.setScale(Math.max(0, trimmed.scale()));
        }
        return value.toPlainString();
    }

    private static String actual(FieldType.DecimalNumber type, String number) {
        Checked checked = FieldChecks.check(field(type), new RawAnswer.Text(number), DAY);
        return checked.answer() != null
                ? checked.answer().text()
                : checked.violations().get(0).code();
    }

    @Provide
    Arbitrary<FieldType.DecimalNumber> types() {
        Arbitrary<BigDecimal> bound =
                Arbitraries.of("0", "0.5", "-2.25", "10", "1000", "1000.000001", "-0.000001", "3")
                        .map(BigDecimal::new);
        return Combinators.combine(bound, bound, Arbitraries.integers().between(0, 6))
                .as((a, b, scale) -> new FieldType.DecimalNumber(a.min(b), a.max(b), scale));
    }

    @Provide
    Arbitrary<String> numbers() {
        Arbitrary<String> sign = Arbitraries.of("", "-", "+");
        Arbitrary<String> whole = Arbitraries.of("0", "1", "3", "10", "999", "1000", "2", "00");
        Arbitrary<String> decimals = Arbitraries.strings().withChars("0123456789").ofMaxLength(12);
        Arbitrary<String> zeros = Arbitraries.strings().withChars('0').ofMaxLength(14);
        return Combinators.combine(sign, whole, decimals, zeros, Arbitraries.of(true, false))
                .as(
                        (s, w, d, z, point) ->
                                point && !(d + z).isEmpty() ? s + w + "." + d + z : s + w);
    }

    @Property(tries = 5000)
    void readsEveryDecimalAsTheWrittenRuleDoes(
            @ForAll("types") FieldType.DecimalNumber type, @ForAll("numbers") String number) {
        assertThat(actual(type, number)).isEqualTo(expected(type, number));
    }

    @Provide
    Arbitrary<BigDecimal> bounds() {
        return Combinators.combine(
                        Arbitraries.longs().between(-2_000_000_000L, 2_000_000_000L),
                        Arbitraries.integers().between(0, 6))
                .as(BigDecimal::valueOf);
    }

    @Property(tries = 5000)
    void comparesWithAnyBoundAsTheWholeNumberDoes(
            @ForAll("numbers") String number, @ForAll("bounds") BigDecimal bound) {
        String withComma = number.replace('.', ',');

        assertThat(Integer.signum(FieldChecks.comparable(number).compareTo(bound)))
                .isEqualTo(Integer.signum(new BigDecimal(number).compareTo(bound)));
        assertThat(FieldChecks.comparable(withComma).compareTo(bound))
                .isEqualTo(FieldChecks.comparable(number).compareTo(bound));
    }

    @Test
    @Timeout(2)
    void readsLongIntegersAndAmountsQuickly() {
        String zeros = "1." + "0".repeat(200_000);
        String leading = "0".repeat(200_000) + "1,5";
        Field children =
                Field.builder(
                                "children",
                                new FieldType.IntegerNumber(0, 20),
                                LocalizedText.same("Enfants"),
                                DataCategory.FAMILY)
                        .build();
        Field gift =
                Field.builder(
                                "gift",
                                new FieldType.Amount(100, 10_000_000),
                                LocalizedText.same("Don"),
                                DataCategory.FAMILY)
                        .build();

        assertThat(code(children, zeros)).isEqualTo("number.not-whole");
        assertThat(code(children, "25," + "0".repeat(200_000) + "1")).isEqualTo("number.too-large");
        assertThat(code(children, leading)).isEqualTo("number.not-whole");
        assertThat(code(gift, zeros)).isEqualTo("amount.wrong-format");
        assertThat(code(gift, "-" + zeros)).isEqualTo("amount.too-small");
        assertThat(code(gift, "100000," + "0".repeat(200_000) + "1")).isEqualTo("amount.too-large");
        assertThat(actual(new FieldType.DecimalNumber(BigDecimal.ZERO, BigDecimal.TEN, 2), leading))
                .isEqualTo("1.5");
    }

    private static String code(Field field, String typed) {
        return FieldChecks.check(field, new RawAnswer.Text(typed), DAY).violations().get(0).code();
    }

    @Test
    @Timeout(2)
    void readsTwoHundredThousandTrailingZerosQuickly() {
        // Found by the second review: stripping the zeros of a number of 200 000 digits took
        // about 11 seconds.
        FieldType.DecimalNumber type =
                new FieldType.DecimalNumber(BigDecimal.ZERO, new BigDecimal("1000"), 2);

        assertThat(actual(type, "1." + "0".repeat(200_000))).isEqualTo("1");
        assertThat(actual(type, "1." + "0".repeat(200_000) + "1"))
                .isEqualTo("number.too-many-decimals");
        assertThat(actual(type, "1000." + "0".repeat(200_000) + "1")).isEqualTo("number.too-large");
        assertThat(actual(type, "-0." + "0".repeat(200_000) + "1")).isEqualTo("number.too-small");
    }
}
