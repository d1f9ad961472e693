package io.portail.forms.constraints.fr;

import static java.util.Objects.requireNonNull;

import io.portail.forms.constraints.AddressLineRule;
import io.portail.forms.constraints.DateRule;
import io.portail.forms.constraints.EmailRule;
import io.portail.forms.constraints.PersonNameRule;
import io.portail.forms.constraints.TextRule;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The rules that need no setting, by {@link TextRule#code()}, for forms defined as data.
 *
 * <p>Codes: {@code nir}, {@code siren}, {@code siret}, {@code rna}, {@code postal-code}, {@code
 * insee-code}, {@code ants-pre-demande}, {@code fiscal-number}, {@code phone} (numbers of France
 * and its overseas areas), {@code iban} (SEPA, with the RIB key for French accounts), {@code
 * email}, {@code person-name}, {@code date} (any real date), {@code street}, {@code
 * address-complement} and {@code street-number}. Rules with settings (date bounds, name length,
 * phone of any country) are built with their own factories. Stateless and thread-safe.
 */
public final class FrenchRules {
    private static final Map<String, TextRule> BY_CODE = byCode();

    private FrenchRules() {}

    /**
     * Finds a rule by code.
     *
     * @param code a rule code such as {@code nir}
     * @return the rule, or empty when no rule has this code
     * @throws NullPointerException if {@code code} is null
     */
    public static Optional<TextRule> byCode(String code) {
        requireNonNull(code, "code");
        return Optional.ofNullable(BY_CODE.get(code));
    }

    /**
     * Returns every rule, in the order of the class description.
     *
     * @return the rules, unmodifiable
     */
    public static List<TextRule> all() {
        return List.copyOf(BY_CODE.values());
    }

    private static Map<String, TextRule> byCode() {
        Map<String, TextRule> rules = new LinkedHashMap<>();
        for (TextRule rule :
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
                        EmailRule.INSTANCE,
                        PersonNameRule.INSTANCE,
                        DateRule.any(),
                        AddressLineRule.STREET,
                        AddressLineRule.COMPLEMENT,
                        StreetNumberRule.INSTANCE)) {
            rules.put(rule.code(), rule);
        }
        return rules;
    }
}
