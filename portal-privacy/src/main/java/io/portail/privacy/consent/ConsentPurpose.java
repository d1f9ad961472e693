package io.portail.privacy.consent;

import static java.util.Objects.requireNonNull;

import io.portail.privacy.register.ProcessingActivity;

/**
 * A purpose for which consent may be asked: a processing activity whose legal basis is consent.
 *
 * <p>Building one is the check a form definition goes through when it asks for consent. Immutable
 * and thread-safe.
 *
 * @param activity the processing activity
 */
public record ConsentPurpose(ProcessingActivity activity) {
    /**
     * Checks that consent may be asked for the activity.
     *
     * @param activity the processing activity
     * @throws IllegalArgumentException if the activity rests on another basis, with a message that
     *     says why asking for consent would be wrong
     */
    public ConsentPurpose {
        requireNonNull(activity, "activity");
        if (!activity.legalBasis().allowsConsent()) {
            // GDPR art. 7 and recital 43; EDPB guidelines 05/2020 on consent, section 3.1.1.
            throw new IllegalArgumentException(
                    "Consent cannot be asked for "
                            + activity.id()
                            + ": it rests on "
                            + activity.legalBasis().label().en()
                            + " (GDPR art. "
                            + activity.legalBasis().article()
                            + "), so refusing or withdrawing consent would not stop the"
                            + " processing and asking would mislead residents (GDPR art. 7,"
                            + " recital 43); inform them with the notice instead");
        }
    }

    /**
     * Returns the purpose of an activity.
     *
     * @param activity the processing activity
     * @return the purpose
     * @throws IllegalArgumentException if the activity does not rest on consent
     */
    public static ConsentPurpose of(ProcessingActivity activity) {
        return new ConsentPurpose(activity);
    }

    /**
     * Returns the identifier of the purpose, the activity's.
     *
     * @return the activity id
     */
    public String id() {
        return activity.id();
    }
}
