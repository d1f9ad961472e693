package io.portail.forms.validation;

import io.portail.forms.constraints.Problem;
import io.portail.forms.definition.Field;
import io.portail.forms.definition.FieldType;
import io.portail.forms.geo.fr.AddressPart;
import io.portail.forms.geo.fr.AddressProblem;
import io.portail.forms.geo.fr.Commune;
import io.portail.forms.geo.fr.FrenchGeography;
import io.portail.forms.geo.fr.PostalAddress;
import io.portail.forms.geo.fr.PostalAddressRule;
import io.portail.forms.value.Text;
import io.portail.privacy.text.LocalizedText;
import java.util.Locale;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * Checks an address answer with {@link PostalAddressRule}, the one rule for postal addresses, and
 * words its first problem with the field's name.
 *
 * <p>The parts are {@code number}, {@code street}, {@code complement}, {@code postalCode} and
 * {@code commune} (the INSEE code of the commune, as chosen from the communes of the postal code).
 * The commune must exist in the official geography (Code officiel géographique, INSEE) and the
 * postal code must be one of the commune's.
 */
final class AddressCheck {
    private static final PostalAddressRule RULE = PostalAddressRule.of();

    private AddressCheck() {}

    static Checked check(Field field, RawAnswer raw) {
        if (!(raw instanceof RawAnswer.Group)) {
            return Checked.fail(field, "wrong-shape");
        }
        Map<String, RawAnswer> parts = ((RawAnswer.Group) raw).parts();
        for (var entry : parts.entrySet()) {
            if (!FieldType.Address.PARTS.contains(entry.getKey())
                    || !(entry.getValue() instanceof RawAnswer.Text)) {
                return Checked.fail(field, "wrong-shape");
            }
        }
        String number = part(parts, "number");
        String street = part(parts, "street");
        String complement = part(parts, "complement");
        String postalCode = part(parts, "postalCode");
        String commune = part(parts, "commune");
        if (number == null
                && street == null
                && complement == null
                && postalCode == null
                && commune == null) {
            return Checked.EMPTY;
        }

        var checked =
                RULE.check(
                        new PostalAddress(
                                number,
                                street == null ? "" : street,
                                complement,
                                postalCode == null ? "" : postalCode,
                                commune == null ? "" : commune));
        if (!checked.problems().isEmpty()) {
            return fail(field, checked.problems().get(0));
        }

        PostalAddress address = checked.normalised();
        Commune found = FrenchGeography.load().commune(address.communeInseeCode()).orElseThrow();
        AddressAnswer answer =
                new AddressAnswer(
                        address.number(),
                        address.street(),
                        address.complement(),
                        address.postalCode(),
                        found.inseeCode(),
                        found.name());
        return Checked.ok(field, answer, answer.lines(","), LocalizedText.same(answer.lines(", ")));
    }

    /**
     * Words the problem with the field's name, and the part concerned: a rule's problem worded for
     * forms ({@link FormMessages#ofRule}, such as wrong characters in the street), else a part
     * missing or a postal code that is not the commune's; other problems keep the rule's own
     * message.
     */
    private static Checked fail(Field field, AddressProblem problem) {
        AddressPart part = problem.part();
        String path = field.id() + "." + name(part);
        String code = problem.ruleCode() + "." + problem.problem().code();
        LocalizedText worded = FormMessages.ofRule(problem.ruleCode(), problem.problem(), field);
        if (worded != null) {
            return Checked.fail(field, path, code, worded);
        }
        String key = null;
        if (part == AddressPart.STREET && problem.problem() == Problem.MISSING) {
            key = "address.street";
        } else if (part == AddressPart.POSTAL_CODE) {
            key =
                    problem.problem() == Problem.MISMATCH
                            ? "address.postal-code-mismatch"
                            : "address.postal-code";
        } else if (part == AddressPart.COMMUNE) {
            key =
                    problem.problem() == Problem.MISSING
                            ? "address.commune"
                            : "address.commune-unknown";
        }
        if (key != null) {
            return Checked.fail(field, path, key, FormMessages.of(key, field));
        }
        return Checked.fail(
                field,
                path,
                code,
                new LocalizedText(problem.message(Locale.FRENCH), problem.message(Locale.ENGLISH)));
    }

    private static String name(AddressPart part) {
        switch (part) {
            case NUMBER:
                return "number";
            case STREET:
                return "street";
            case COMPLEMENT:
                return "complement";
            case POSTAL_CODE:
                return "postalCode";
            default:
                return "commune";
        }
    }

    private static @Nullable String part(Map<String, RawAnswer> parts, String name) {
        RawAnswer raw = parts.get(name);
        if (raw == null) {
            return null;
        }
        String value = Text.normalise(((RawAnswer.Text) raw).value());
        return value.isEmpty() ? null : value;
    }
}
