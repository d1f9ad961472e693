package io.portail.forms.constraints.fr;

import static org.assertj.core.api.Assertions.assertThat;

import com.google.i18n.phonenumbers.NumberParseException;
import com.google.i18n.phonenumbers.PhoneNumberUtil;
import com.google.i18n.phonenumbers.Phonenumber.PhoneNumber;
import io.portail.forms.constraints.RuleResult;
import java.util.List;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;
import net.jqwik.api.constraints.NumericChars;
import net.jqwik.api.constraints.StringLength;

/**
 * National forms read in the right plan (F04, F05), and the stored E.164 form reads back the same.
 */
class FrenchPhoneRuleProperties {
    @Property(tries = 200)
    void metropolitanMobilesStayInThePlusThirtyThreePlan(
            @ForAll @NumericChars @StringLength(6) String rest) {
        String typed =
                "06 12 "
                        + rest.substring(0, 2)
                        + " "
                        + rest.substring(2, 4)
                        + " "
                        + rest.substring(4);

        var number = FrenchPhoneRule.INSTANCE.parse(typed).orElseThrow();

        assertThat(number)
                .isEqualTo(new FrenchPhoneNumber("+33612" + rest, "FR", PhoneType.MOBILE));
        assertThat(FrenchPhoneRule.INSTANCE.check(number.e164()))
                .isEqualTo(RuleResult.valid(number.e164()));
    }

    @Property(tries = 200)
    void guadeloupeMobilesGetTheirOwnCountryCode(
            @ForAll @NumericChars @StringLength(6) String rest) {
        var number = FrenchPhoneRule.INSTANCE.parse("0690" + rest).orElseThrow();

        assertThat(number)
                .isEqualTo(new FrenchPhoneNumber("+590690" + rest, "GP", PhoneType.MOBILE));
        assertThat(FrenchPhoneRule.INSTANCE.check(number.e164()))
                .isEqualTo(RuleResult.valid(number.e164()));
    }

    @Property(tries = 200)
    void reunionMobilesGetTheirOwnCountryCode(@ForAll @NumericChars @StringLength(6) String rest) {
        var number = FrenchPhoneRule.INSTANCE.parse("+33 692 " + rest).orElseThrow();

        assertThat(number.e164()).isEqualTo("+262692" + rest);
        assertThat(number.region()).isEqualTo("RE");
    }

    /**
     * The direct reading of the usual forms ({@link FrenchPhoneRule#directForm}) gives the number
     * libphonenumber's parser gives, for ten digits in the national form and for nine digits after
     * +33 or 0033, in groups with any separators, and steps aside for every other shape.
     */
    @Property(tries = 4000)
    void theDirectReadingAgreesWithLibphonenumber(
            @ForAll @NumericChars @StringLength(min = 8, max = 12) String digits,
            @ForAll @IntRange(min = 0, max = 4) int separator,
            @ForAll @IntRange(min = 0, max = 7) int prefix)
            throws NumberParseException {
        String before =
                List.of("", "0", "+33", "+33 ", "0033", "0033 ", "+33 (0)", "00 33 ").get(prefix);
        boolean national = prefix <= 1;
        String all = national ? before + digits : digits;
        String sep = List.of("", " ", ".", "-", "/").get(separator);
        StringBuilder typed = new StringBuilder(national ? "" : before);
        for (int i = 0; i < all.length(); i += 2) {
            if (i > 0) {
                typed.append(sep);
            }
            typed.append(all, i, Math.min(all.length(), i + 2));
        }

        PhoneNumber direct = FrenchPhoneRule.directForm(typed.toString());

        boolean directShape =
                national
                        ? all.length() == 10 && all.charAt(0) == '0' && all.charAt(1) != '0'
                        : prefix <= 5 && all.length() == 9 && all.charAt(0) != '0';
        if (directShape && !sep.equals("/")) {
            assertThat(direct)
                    .isEqualTo(PhoneNumberUtil.getInstance().parse(typed.toString(), "FR"));
        } else {
            assertThat(direct).isNull();
        }
    }

    /**
     * A number of the plans that share the ten-digit national form reads back as the trunk prefix 0
     * and its nine digits in pairs; any other keeps its E.164 form (ARCEP national numbering plan).
     */
    @Property(tries = 500)
    void readsBackInPairsOfTheNationalForm(
            @ForAll @NumericChars @StringLength(9) String nine,
            @ForAll @IntRange(min = 0, max = 6) int plan) {
        String code = List.of("+33", "+590", "+594", "+596", "+262", "+687", "+508").get(plan);
        String e164 = code + nine;

        String read = FrenchPhoneRule.readBack(e164);

        if (plan <= 4) {
            String national = "0" + nine;
            assertThat(read)
                    .isEqualTo(
                            String.join(
                                    " ",
                                    national.substring(0, 2),
                                    national.substring(2, 4),
                                    national.substring(4, 6),
                                    national.substring(6, 8),
                                    national.substring(8, 10)));
        } else {
            assertThat(read).isEqualTo(e164);
        }
        assertThat(FrenchPhoneRule.readBack("+590" + nine.substring(1))).startsWith("+590");
    }
}
