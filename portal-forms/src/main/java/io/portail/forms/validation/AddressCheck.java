package io.portail.forms.validation;

import io.portail.forms.definition.Field;
import io.portail.forms.definition.FieldType;
import io.portail.forms.geo.fr.FrenchGeography;
import io.portail.forms.value.Text;
import io.portail.privacy.text.LocalizedText;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * Checks a postal address against the official geography (Code officiel géographique, INSEE).
 *
 * <p>The parts are {@code number}, {@code street}, {@code complement}, {@code postalCode} and
 * {@code commune} (the INSEE code of the commune, as chosen from the communes of the postal code).
 * The commune must exist and the postal code must be one of the commune's.
 */
final class AddressCheck {
    private static final int MAX_PART = 200;
    private static final java.util.regex.Pattern FIVE_DIGITS =
            java.util.regex.Pattern.compile("[0-9]{5}");

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
        for (String value : new String[] {number, street, complement}) {
            if (value != null && value.length() > MAX_PART) {
                return Checked.fail(
                        field,
                        field.id(),
                        "too-long",
                        FormMessages.of(
                                "too-long", field, Map.of("max", Integer.toString(MAX_PART))));
            }
        }
        if (street == null) {
            return failPart(field, "street", "address.street");
        }
        if (postalCode == null || !FIVE_DIGITS.matcher(postalCode.replace(" ", "")).matches()) {
            return failPart(field, "postalCode", "address.postal-code");
        }
        postalCode = postalCode.replace(" ", "");
        if (commune == null) {
            return failPart(field, "commune", "address.commune");
        }
        var geography = FrenchGeography.load();
        var found = geography.commune(commune.toUpperCase(java.util.Locale.ROOT));
        if (found.isEmpty()) {
            return failPart(field, "commune", "address.commune-unknown");
        }
        if (!geography.postalCodeBelongsTo(postalCode, found.get().inseeCode())) {
            return failPart(field, "postalCode", "address.postal-code-mismatch");
        }
        AddressAnswer address =
                new AddressAnswer(
                        number,
                        street,
                        complement,
                        postalCode,
                        found.get().inseeCode(),
                        found.get().name());
        return Checked.ok(
                field,
                address,
                address.lines().replace('\n', ','),
                LocalizedText.same(address.lines().replace("\n", ", ")));
    }

    private static Checked failPart(Field field, String part, String code) {
        return Checked.fail(field, field.id() + "." + part, code, FormMessages.of(code, field));
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
