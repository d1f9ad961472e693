package io.portail.forms.geo.fr;

import static java.util.Objects.requireNonNull;

import java.util.List;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * A commune, delegated or associated commune, or municipal arrondissement of the official
 * geography.
 *
 * @param inseeCode the INSEE code (code officiel géographique), such as {@code 75056}; a delegated
 *     commune may share it with its current commune
 * @param name the official name
 * @param type the kind of row
 * @param departmentCode the code of its department or collectivity
 * @param postalCodes its postal codes, possibly none (delegated and associated communes have none
 *     of their own in the source: see {@link FrenchGeography#postalCodeBelongsTo})
 * @param parentInseeCode the current commune of a delegated or associated commune, or of an
 *     arrondissement; null for a current commune
 */
public record Commune(
        String inseeCode,
        String name,
        CommuneType type,
        String departmentCode,
        List<String> postalCodes,
        @Nullable String parentInseeCode) {
    /**
     * Creates a commune.
     *
     * @param inseeCode the INSEE code
     * @param name the official name
     * @param type the kind of row
     * @param departmentCode the code of its department
     * @param postalCodes its postal codes, copied
     * @param parentInseeCode its current commune, or null
     * @throws NullPointerException if an argument other than {@code parentInseeCode} is null
     */
    public Commune {
        requireNonNull(inseeCode, "inseeCode");
        requireNonNull(name, "name");
        requireNonNull(type, "type");
        requireNonNull(departmentCode, "departmentCode");
        postalCodes = List.copyOf(requireNonNull(postalCodes, "postalCodes"));
    }

    /**
     * Returns the current commune this row belongs to, if it is not one itself.
     *
     * @return the parent's INSEE code, or empty for a current commune
     */
    public Optional<String> parent() {
        return Optional.ofNullable(parentInseeCode);
    }

    /**
     * Tells whether this row is a commune as it exists today.
     *
     * @return true for {@link CommuneType#CURRENT}
     */
    public boolean isCurrent() {
        return type == CommuneType.CURRENT;
    }
}
