package io.portail.forms.geo.fr;

import static java.util.Objects.requireNonNull;

import java.util.List;

/**
 * The outcome of {@link PostalAddressRule#check(PostalAddress)}.
 *
 * @param normalised the address with each valid part normalised (invalid parts as typed)
 * @param problems the problems, one at most per part, in the order a person reads the form
 */
public record AddressCheck(PostalAddress normalised, List<AddressProblem> problems) {
    /**
     * Creates an outcome.
     *
     * @param normalised the normalised address
     * @param problems the problems, copied
     * @throws NullPointerException if an argument is null
     */
    public AddressCheck {
        requireNonNull(normalised, "normalised");
        problems = List.copyOf(requireNonNull(problems, "problems"));
    }

    /**
     * Tells whether the address has no problem.
     *
     * @return true when {@link #problems()} is empty
     */
    public boolean isValid() {
        return problems.isEmpty();
    }
}
