package io.portail.core.civilstatus;

import static java.util.Objects.requireNonNull;

import io.portail.privacy.text.LocalizedText;

/** The answer to a civil-status request: allowed by an office, or refused with a reason. */
public sealed interface Decision {

    /**
     * Tells whether the document may be delivered.
     *
     * @return true for {@link Allowed}
     */
    boolean isAllowed();

    /**
     * The document may be delivered.
     *
     * @param office the office that delivers it
     * @param feeCents the fee in euro cents, zero when free of charge
     * @param source the rule that allows it, in French and English, for example « décret n°
     *     2017-890 du 6 mai 2017, article 33 »
     */
    record Allowed(Office office, long feeCents, LocalizedText source) implements Decision {
        /**
         * Checks the parts.
         *
         * @param office the office that delivers it
         * @param feeCents the fee in euro cents
         * @param source the rule that allows it
         * @throws IllegalArgumentException if the fee is negative
         */
        public Allowed {
            requireNonNull(office, "office");
            requireNonNull(source, "source");
            if (feeCents < 0) {
                throw new IllegalArgumentException("A fee is not negative: " + feeCents);
            }
        }

        @Override
        public boolean isAllowed() {
            return true;
        }
    }

    /**
     * The document may not be delivered to this requester.
     *
     * @param reason the reason, in plain French and English, saying what the resident can do
     * @param source the rule that refuses it, in French and English
     */
    record Refused(LocalizedText reason, LocalizedText source) implements Decision {
        /**
         * Checks the parts.
         *
         * @param reason the reason
         * @param source the rule that refuses it
         */
        public Refused {
            requireNonNull(reason, "reason");
            requireNonNull(source, "source");
        }

        @Override
        public boolean isAllowed() {
            return false;
        }
    }
}
