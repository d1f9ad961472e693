package io.portail.privacy.retention;

/** A retention action the planner finds due on a record. */
public enum Step {
    /** Warn the service that the final action is near. */
    WARN,
    /** Move the record from the active base to the intermediate archive. */
    MOVE_TO_ARCHIVE,
    /** Delete the record. */
    DELETE,
    /** Make the record anonymous. */
    ANONYMISE,
    /** Transfer the record to the public archives (Code du patrimoine, art. L212-2). */
    TRANSFER_TO_ARCHIVES;

    /**
     * Returns the step that carries out a final action.
     *
     * @param action the final action
     * @return the step
     */
    public static Step of(FinalAction action) {
        return switch (action) {
            case DELETE -> DELETE;
            case ANONYMISE -> ANONYMISE;
            case ARCHIVE -> TRANSFER_TO_ARCHIVES;
        };
    }
}
