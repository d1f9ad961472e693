package io.portail.core.civilstatus;

/**
 * The rules of a jurisdiction on who may obtain which civil-status document, and from which office.
 *
 * <p>Implementations are immutable and thread-safe.
 */
public interface CivilStatusRules {

    /**
     * Decides a request.
     *
     * @param request the request
     * @return the office that delivers the document, or the reason it is refused
     */
    Decision decide(CivilStatusRequest request);
}
