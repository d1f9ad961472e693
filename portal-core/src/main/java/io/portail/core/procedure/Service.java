package io.portail.core.procedure;

import static java.util.Objects.requireNonNull;

import io.portail.privacy.text.LocalizedText;
import java.util.List;

/**
 * The service in charge of a procedure, and how to reach a person there.
 *
 * <p>CRPA art. R112-5 and R112-11-1 require a receipt to name it with its postal or email address
 * and its phone number. Immutable and thread-safe.
 *
 * @param name the name of the service, such as "Service état civil"
 * @param postalAddress the lines of its postal address, ending with postal code and town
 * @param email its email address
 * @param phone its phone number, as written for residents
 * @param hours when its desk is open, the offline alternative
 */
public record Service(
        LocalizedText name,
        List<String> postalAddress,
        String email,
        String phone,
        OpeningHours hours) {
    /**
     * Checks the service.
     *
     * @param name the name of the service
     * @param postalAddress the lines of its postal address
     * @param email its email address
     * @param phone its phone number
     * @param hours when its desk is open
     * @throws IllegalArgumentException if the address has no line
     */
    public Service {
        requireNonNull(name, "name");
        postalAddress = List.copyOf(requireNonNull(postalAddress, "postalAddress"));
        requireNonNull(email, "email");
        requireNonNull(phone, "phone");
        requireNonNull(hours, "hours");
        if (postalAddress.isEmpty()) {
            throw new IllegalArgumentException("A service has a postal address");
        }
    }
}
