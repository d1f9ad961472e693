package io.portail.core.request;

import static java.util.Objects.requireNonNull;

/**
 * Who acts on a request: the resident, someone acting for them, an agent of the commune deciding,
 * or the portal itself.
 *
 * <p>Ids are the host application's account identifiers, never names; {@code toString} shows the
 * kind of actor only. Immutable and thread-safe.
 */
public sealed interface Actor {
    /**
     * Returns the resident who is not signed in, acting for themself.
     *
     * @return a resident with the account id {@code anonymous}
     */
    static Actor anonymousResident() {
        return new Resident("anonymous");
    }

    /**
     * Tells whether this actor acts for the resident: the resident, a desk agent entering the
     * request for them, a mandated helper or a legal representative.
     *
     * @return true on the resident's side
     */
    default boolean actsForResident() {
        return !(this instanceof Officer) && !(this instanceof System);
    }

    /**
     * The resident themself.
     *
     * @param accountId the resident's account id in the host application
     */
    record Resident(String accountId) implements Actor {
        /**
         * Checks the id.
         *
         * @param accountId the account id
         */
        public Resident {
            requireNonNull(accountId, "accountId");
        }

        @Override
        public String toString() {
            return "Resident";
        }
    }

    /**
     * An agent at the desk, on the phone or reading a letter, who enters the request for the
     * resident.
     *
     * @param agentId the agent's id
     */
    record DeskAgent(String agentId) implements Actor {
        /**
         * Checks the id.
         *
         * @param agentId the agent's id
         */
        public DeskAgent {
            requireNonNull(agentId, "agentId");
        }

        @Override
        public String toString() {
            return "DeskAgent";
        }
    }

    /**
     * A helper the resident mandated (aidant numérique, relative), within the mandate's scope and
     * dates.
     *
     * @param helperId the helper's id
     * @param mandate the mandate
     */
    record MandatedHelper(String helperId, Mandate mandate) implements Actor {
        /**
         * Checks the helper.
         *
         * @param helperId the helper's id
         * @param mandate the mandate
         */
        public MandatedHelper {
            requireNonNull(helperId, "helperId");
            requireNonNull(mandate, "mandate");
        }

        @Override
        public String toString() {
            return "MandatedHelper";
        }
    }

    /**
     * A legal representative: a parent for a minor, a guardian (Code civil art. 388-1-1, 440).
     *
     * @param representativeId the representative's id
     */
    record LegalRepresentative(String representativeId) implements Actor {
        /**
         * Checks the id.
         *
         * @param representativeId the representative's id
         */
        public LegalRepresentative {
            requireNonNull(representativeId, "representativeId");
        }

        @Override
        public String toString() {
            return "LegalRepresentative";
        }
    }

    /**
     * An agent of the commune handling the request for the administration: asks for pieces,
     * examines, decides, closes.
     *
     * @param agentId the agent's id
     */
    record Officer(String agentId) implements Actor {
        /**
         * Checks the id.
         *
         * @param agentId the agent's id
         */
        public Officer {
            requireNonNull(agentId, "agentId");
        }

        @Override
        public String toString() {
            return "Officer";
        }
    }

    /** The portal itself: the receipt of a request, implicit decisions. */
    record System() implements Actor {
        @Override
        public String toString() {
            return "System";
        }
    }
}
