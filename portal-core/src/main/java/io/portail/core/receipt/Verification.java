package io.portail.core.receipt;

/** The outcome of verifying a signed notice. */
public enum Verification {
    /** The signature matches the notice and a key of the ring. */
    VALID,
    /** The notice or the signature was changed. */
    INVALID,
    /** The ring has no key with the signature's key id: unknown, or dropped after rotation. */
    UNKNOWN_KEY
}
