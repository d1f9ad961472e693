package io.portail.forms.geo.fr;

import static java.util.Objects.requireNonNull;

import io.portail.forms.constraints.AddressLineRule;
import io.portail.forms.constraints.Problem;
import io.portail.forms.constraints.RuleResult;
import io.portail.forms.constraints.TextRule;
import io.portail.forms.constraints.fr.InseeCodeRule;
import io.portail.forms.constraints.fr.PostalCodeRule;
import io.portail.forms.constraints.fr.StreetNumberRule;
import java.util.ArrayList;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * Checks a French postal address part by part, then the agreement of its postal code with its
 * commune in the official geography.
 *
 * <p>Parts: the number ({@link StreetNumberRule}, optional), the street ({@link
 * AddressLineRule#STREET}), the complement ({@link AddressLineRule#COMPLEMENT}, optional), the
 * postal code ({@link PostalCodeRule}) and the commune ({@link InseeCodeRule}, which must exist).
 * When both postal code and commune are right on their own, the postal code must serve the commune
 * ({@link FrenchGeography#postalCodeBelongsTo(String, String)}), else the postal code gets {@link
 * Problem#MISMATCH}: the resident chose the commune from a list, the postal code is what they
 * typed. Immutable and thread-safe.
 */
public final class PostalAddressRule {
    private final FrenchGeography geography;

    private PostalAddressRule(FrenchGeography geography) {
        this.geography = geography;
    }

    /**
     * Returns the rule over the geography shipped with the library.
     *
     * @return the rule
     */
    public static PostalAddressRule of() {
        return new PostalAddressRule(FrenchGeography.load());
    }

    /**
     * Checks an address.
     *
     * @param address the address as typed
     * @return the normalised address and the problems found, one at most per part
     * @throws NullPointerException if {@code address} is null
     */
    public AddressCheck check(PostalAddress address) {
        requireNonNull(address, "address");
        List<AddressProblem> problems = new ArrayList<>();
        String number =
                optional(address.number(), AddressPart.NUMBER, StreetNumberRule.INSTANCE, problems);
        String street =
                required(address.street(), AddressPart.STREET, AddressLineRule.STREET, problems);
        String complement =
                optional(
                        address.complement(),
                        AddressPart.COMPLEMENT,
                        AddressLineRule.COMPLEMENT,
                        problems);
        String postalCode =
                required(
                        address.postalCode(),
                        AddressPart.POSTAL_CODE,
                        PostalCodeRule.INSTANCE,
                        problems);
        String commune =
                required(
                        address.communeInseeCode(),
                        AddressPart.COMMUNE,
                        InseeCodeRule.INSTANCE,
                        problems);

        boolean bothRight =
                problems.stream()
                        .noneMatch(
                                p ->
                                        p.part() == AddressPart.POSTAL_CODE
                                                || p.part() == AddressPart.COMMUNE);
        if (bothRight && !geography.postalCodeBelongsTo(postalCode, commune)) {
            problems.add(
                    new AddressProblem(
                            AddressPart.POSTAL_CODE,
                            PostalCodeRule.INSTANCE.code(),
                            Problem.MISMATCH));
            problems.sort((a, b) -> a.part().compareTo(b.part()));
        }
        return new AddressCheck(
                new PostalAddress(number, street, complement, postalCode, commune), problems);
    }

    private static String required(
            String value, AddressPart part, TextRule rule, List<AddressProblem> problems) {
        RuleResult result = rule.check(value);
        if (result instanceof RuleResult.Invalid invalid) {
            problems.add(new AddressProblem(part, rule.code(), invalid.problem()));
            return value;
        }
        return ((RuleResult.Valid) result).normalised();
    }

    private static @Nullable String optional(
            @Nullable String value,
            AddressPart part,
            TextRule rule,
            List<AddressProblem> problems) {
        if (value == null) {
            return null;
        }
        RuleResult result = rule.check(value);
        if (result instanceof RuleResult.Invalid invalid) {
            if (invalid.problem() == Problem.MISSING) {
                return null;
            }
            problems.add(new AddressProblem(part, rule.code(), invalid.problem()));
            return value;
        }
        return ((RuleResult.Valid) result).normalised();
    }
}
