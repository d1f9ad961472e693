package io.portail.forms.internal.definition;

/**
 * Ids as messages may show them: a misused id may hold what a resident typed (a name, a phone
 * number), so only a plain identifier is repeated.
 */
public final class Ids {
    private static final int LONGEST_SHOWN = 64;

    private Ids() {}

    /**
     * Returns an id as a message may show it.
     *
     * @param id an id received, of a form, a field or a step
     * @return the id itself if it is made of at most 64 ASCII letters, digits, hyphens and
     *     underscores; else only its length, as in "(an id of 12 characters that is not a plain
     *     name)"
     */
    public static String shown(String id) {
        boolean plain = !id.isEmpty() && id.length() <= LONGEST_SHOWN;
        for (int i = 0; plain && i < id.length(); i++) {
            char c = id.charAt(i);
            plain =
                    (c >= 'a' && c <= 'z')
                            || (c >= 'A' && c <= 'Z')
                            || (c >= '0' && c <= '9')
                            || c == '-'
                            || c == '_';
        }
        if (plain) {
            return id;
        }
        int length = id.length();
        return "(an id of "
                + length
                + (length == 1 ? " character" : " characters")
                + " that is not a plain name)";
    }
}
