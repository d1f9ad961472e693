package io.portail.forms.constraints.fr;

import static org.assertj.core.api.Assertions.assertThat;

import io.portail.forms.constraints.RuleResult;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
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
}
