package io.portail.core.request;

/** Where a request stands. */
public enum RequestStatus {
    /** Received by the commune, its receipt issued. */
    RECEIVED
}
