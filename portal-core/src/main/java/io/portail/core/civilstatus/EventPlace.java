package io.portail.core.civilstatus;

import static java.util.Objects.requireNonNull;

/** Where the event of a civil-status record took place: in a French commune, or abroad. */
public sealed interface EventPlace {

    /**
     * Returns the place of an event in a French commune.
     *
     * @param inseeCode the commune's INSEE code, for example {@code 45999}
     * @param name the commune's name, for example {@code Saint-Exemple}
     * @return the place
     * @throws IllegalArgumentException if the code is not five characters or the name is blank
     */
    static EventPlace commune(String inseeCode, String name) {
        return new InCommune(inseeCode, name);
    }

    /**
     * Returns the place of an event abroad, recorded or transcribed by French consular authorities.
     *
     * @return the place
     */
    static EventPlace abroad() {
        return Abroad.INSTANCE;
    }

    /**
     * An event in a French commune.
     *
     * @param inseeCode the commune's INSEE code
     * @param name the commune's name
     */
    record InCommune(String inseeCode, String name) implements EventPlace {
        /**
         * Checks the parts.
         *
         * @param inseeCode the commune's INSEE code
         * @param name the commune's name
         * @throws IllegalArgumentException if the code is not five characters or the name is blank
         */
        public InCommune {
            requireNonNull(inseeCode, "inseeCode");
            requireNonNull(name, "name");
            if (!inseeCode.matches("[0-9]{5}|2[AB][0-9]{3}")) {
                throw new IllegalArgumentException(
                        "A commune's INSEE code is five digits, or 2A or 2B and three digits");
            }
            if (name.isBlank()) {
                throw new IllegalArgumentException("A commune needs its name");
            }
        }
    }

    /** An event abroad. */
    enum Abroad implements EventPlace {
        /** The only value. */
        INSTANCE
    }
}
