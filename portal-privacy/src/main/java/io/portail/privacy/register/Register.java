package io.portail.privacy.register;

import static java.util.Objects.requireNonNull;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The commune's record of processing activities (GDPR art. 30(1)).
 *
 * <p>Immutable and thread-safe.
 *
 * @param controller the name of the controller, the commune
 * @param dpoContact how to reach the data protection officer (GDPR art. 37(7))
 * @param activities the processing activities, in the order of the record
 */
public record Register(String controller, String dpoContact, List<ProcessingActivity> activities) {
    /**
     * Checks the record.
     *
     * @param controller the name of the controller, the commune
     * @param dpoContact how to reach the data protection officer (GDPR art. 37(7))
     * @param activities the processing activities, in the order of the record
     * @throws IllegalArgumentException if two activities share an identifier
     */
    public Register {
        requireNonNull(controller, "controller");
        requireNonNull(dpoContact, "dpoContact");
        activities = List.copyOf(requireNonNull(activities, "activities"));
        Map<String, ProcessingActivity> byId = new LinkedHashMap<>();
        for (ProcessingActivity activity : activities) {
            if (byId.putIfAbsent(activity.id(), activity) != null) {
                throw new IllegalArgumentException(
                        "Two processing activities share the id " + activity.id());
            }
        }
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
