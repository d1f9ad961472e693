package io.portail.privacy.consent;

/** How a consent or its withdrawal reached the commune. */
public enum Channel {
    /** Online, on the portal. */
    ONLINE,
    /** At a desk of the town hall, entered by an agent. */
    DESK,
    /** On a paper form, entered by an agent. */
    PAPER,
    /** By phone, entered by an agent. */
    PHONE,
    /** By email, entered by an agent. */
    EMAIL
}
