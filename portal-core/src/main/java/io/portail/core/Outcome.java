package io.portail.core;

import static java.util.Objects.requireNonNull;

import io.portail.core.receipt.SignedNotice;
import io.portail.core.request.Request;
import java.util.List;

/**
 * A request after a command, with the notices issued for the resident by that command.
 *
 * @param request the request, stored
 * @param notices the notices issued, signed and stored; empty when the command issues none
 */
public record Outcome(Request request, List<SignedNotice> notices) {
    /**
     * Checks the outcome.
     *
     * @param request the request
     * @param notices the notices issued
     */
    public Outcome {
        requireNonNull(request, "request");
        notices = List.copyOf(requireNonNull(notices, "notices"));
    }
}
