package io.portail.privacy.register;

import static java.util.Objects.requireNonNull;

import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * The commune's record of processing activities (GDPR art. 30(1)).
 *
 * <p>Immutable and thread-safe.
 *
 * @param controller the name of the controller, the commune (art. 30(1)(a))
 * @param controllerContact how to reach the controller: postal address, and where residents
 *     exercise their rights
 * @param dpoContact how to reach the data protection officer (GDPR art. 37(7))
 * @param activities the processing activities, in the order of the record
 */
public record Register(
        String controller,
        String controllerContact,
        String dpoContact,
        List<ProcessingActivity> activities) {
    /**
     * Checks the record.
     *
     * @param controller the name of the controller, the commune (art. 30(1)(a))
     * @param controllerContact how to reach the controller
     * @param dpoContact how to reach the data protection officer (GDPR art. 37(7))
     * @param activities the processing activities, in the order of the record
     * @throws IllegalArgumentException if a text is blank or two activities share an identifier
     */
    public Register {
        requireNonNull(controller, "controller");
        requireNonNull(controllerContact, "controllerContact");
        requireNonNull(dpoContact, "dpoContact");
        activities = List.copyOf(requireNonNull(activities, "activities"));
        if (controller.isBlank() || controllerContact.isBlank() || dpoContact.isBlank()) {
            throw new IllegalArgumentException(
                    "A register names its controller, the controller's contact and the DPO's");
        }
        Set<String> ids = new HashSet<>();
        for (ProcessingActivity activity : activities) {
            if (!ids.add(activity.id())) {
                throw new IllegalArgumentException(
                        "Two processing activities share the id " + activity.id());
            }
        }
    }

    /**
     * Creates a record whose controller is reached through the DPO's contact.
     *
     * @param controller the name of the controller, the commune
     * @param dpoContact how to reach the data protection officer, also used for the controller
     * @param activities the processing activities, in the order of the record
     * @throws IllegalArgumentException if a text is blank or two activities share an identifier
     */
    public Register(String controller, String dpoContact, List<ProcessingActivity> activities) {
        this(controller, dpoContact, dpoContact, activities);
    }

    /**
     * Finds an activity by its identifier.
     *
     * @param id the identifier
     * @return the activity, or empty if the record has none with that identifier
     */
    public Optional<ProcessingActivity> activity(String id) {
        requireNonNull(id, "id");
        return activities.stream().filter(a -> a.id().equals(id)).findFirst();
    }
}
