package io.portail.forms.constraints;

import static org.assertj.core.api.Assertions.assertThat;

import io.portail.forms.constraints.fr.AntsPreDemandeRule;
import io.portail.forms.constraints.fr.FiscalNumberRule;
import io.portail.forms.constraints.fr.FrenchIbanRule;
import io.portail.forms.constraints.fr.FrenchPhoneRule;
import io.portail.forms.constraints.fr.InseeCodeRule;
import io.portail.forms.constraints.fr.NirRule;
import io.portail.forms.constraints.fr.PostalCodeRule;
import io.portail.forms.constraints.fr.RnaRule;
import io.portail.forms.constraints.fr.SirenRule;
import io.portail.forms.constraints.fr.SiretRule;
import io.portail.forms.constraints.fr.StreetNumberRule;
import java.util.List;
import java.util.Locale;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/** Invariants of every rule: never throws, normalisation is stable, every problem has words. */
class RulesProperties {
    static final List<TextRule> RULES =
            List.of(
                    NirRule.INSTANCE,
                    SirenRule.INSTANCE,
                    SiretRule.INSTANCE,
                    RnaRule.INSTANCE,
                    PostalCodeRule.INSTANCE,
                    InseeCodeRule.INSTANCE,
                    AntsPreDemandeRule.INSTANCE,
                    FiscalNumberRule.INSTANCE,
                    FrenchPhoneRule.INSTANCE,
                    FrenchIbanRule.INSTANCE,
                    IbanRule.INSTANCE,
                    EmailRule.INSTANCE,
                    PersonNameRule.INSTANCE,
                    DateRule.any(),
                    AddressLineRule.STREET,
                    AddressLineRule.COMPLEMENT,
                    StreetNumberRule.INSTANCE);

    @Property(tries = 3000)
    void neverThrowsAndNormalisationIsStable(
            @ForAll("rules") TextRule rule, @ForAll("inputs") String input) {
        RuleResult result = rule.check(input);

        if (result instanceof RuleResult.Valid valid) {
            assertThat(rule.check(valid.normalised())).isEqualTo(result);
        } else {
            Problem problem = ((RuleResult.Invalid) result).problem();
            assertThat(RuleMessages.hasOwnMessage(rule.code(), problem))
                    .as("own message for %s.%s", rule.code(), problem.code())
                    .isTrue();
            assertThat(RuleMessages.message(rule.code(), problem, Locale.ENGLISH)).isNotBlank();
        }
    }

    @Provide
    Arbitrary<TextRule> rules() {
        return Arbitraries.of(RULES);
    }

    @Provide
    Arbitrary<String> inputs() {
        return Arbitraries.oneOf(
                Arbitraries.strings().ofMaxLength(40),
                Arbitraries.strings()
                        .withChars("0123456789 AB+-./@éW'\u2019\u00A0")
                        .ofMaxLength(30),
                Arbitraries.of(
                        "253072B07300470",
                        "35600000024681",
                        "FR76 3000 1007 9412 3456 7890 185",
                        "06 85 12 34 56",
                        "camille@exemple.fr",
                        "14/07/2024",
                        "12 rue de l\u2019\u00C9glise",
                        "W751234567",
                        "2A004"));
    }
}
