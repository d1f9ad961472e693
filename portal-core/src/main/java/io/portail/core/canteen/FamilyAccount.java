package io.portail.core.canteen;

import static java.util.Objects.requireNonNull;

import java.util.List;
import java.util.OptionalInt;

/**
 * A family's canteen account: its children and its quotient familial. Immutable and thread-safe;
 * {@code toString} shows the account and the number of children, never the quotient.
 *
 * @param account the commune's account code, opaque
 * @param children the children billed on this account
 * @param quotient the quotient familial in euros, or empty if the family did not give it
 */
public record FamilyAccount(String account, List<ChildId> children, OptionalInt quotient) {
    /**
     * Checks and copies the parts.
     *
     * @param account the account code: 1 to 40 letters, digits or hyphens
     * @param children the children, at least one, no repeat
     * @param quotient the quotient familial, or empty
     * @throws IllegalArgumentException if the code, the children or the quotient are not valid
     */
    public FamilyAccount {
        requireNonNull(account, "account");
        requireNonNull(children, "children");
        requireNonNull(quotient, "quotient");
        if (!account.matches("[A-Za-z0-9-]{1,40}")) {
            throw new IllegalArgumentException(
                    "An account code is 1 to 40 letters, digits or hyphens");
        }
        children = List.copyOf(children);
        if (children.isEmpty() || children.stream().distinct().count() != children.size()) {
            throw new IllegalArgumentException("An account has at least one child, each once");
        }
        if (quotient.isPresent() && quotient.getAsInt() < 0) {
            throw new IllegalArgumentException("A quotient familial is not negative");
        }
    }

    @Override
    public String toString() {
        return "FamilyAccount[" + account + ", " + children.size() + " children, quotient masked]";
    }
}
