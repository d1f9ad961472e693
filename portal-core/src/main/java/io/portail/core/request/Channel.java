package io.portail.core.request;

/** How a request reached the commune. Every procedure can be done offline too. */
public enum Channel {
    /** Online, by the resident or someone helping them. */
    ONLINE,
    /** At the desk, entered by an agent for the resident. */
    DESK,
    /** By phone, entered by an agent for the resident. */
    PHONE,
    /** By post, entered by an agent from the letter. */
    POST
}
