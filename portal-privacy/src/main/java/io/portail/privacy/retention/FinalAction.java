package io.portail.privacy.retention;

/** What happens to personal data when its retention period ends. */
public enum FinalAction {
    /** The data is deleted. */
    DELETE,
    /** The data is made anonymous: no one can be identified from what remains. */
    ANONYMISE,
    /** The data is transferred to the archives (Code du patrimoine, art. L212-2). */
    ARCHIVE
}
