package io.portail.forms.internal.definition;

import io.portail.forms.definition.Field;
import java.util.Locale;
import org.jspecify.annotations.Nullable;

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

    /** Longest id received for which a known id is looked for: ids of forms are far shorter. */
    private static final int LONGEST_COMPARED = 64;

    /**
     * Returns an id received where one of the given fields was expected, as a message may show it:
     * never the id itself, which may be what a resident typed (answers keyed by a child's name, a
     * client putting values where ids go), but its length and, when one of the fields' ids is close
     * to it, that id, which is the form's own: {@code (an id of 6 characters; did you mean
     * "address"?)}.
     *
     * @param id an id received
     * @param fields the fields expected where it was found
     * @return the text to put in a message
     */
    public static String unknown(String id, Field[] fields) {
        int length = id.length();
        String closest = closest(id, fields);
        return "(an id of "
                + length
                + (length == 1 ? " character" : " characters")
                + (closest == null ? "" : "; did you mean \"" + closest + "\"?")
                + ")";
    }

    /**
     * The id of the field closest to an id received: the same but for case, else the fewest
     * characters added, removed, replaced or two neighbours swapped (the optimal string alignment
     * distance), at most one for an id of up to four characters and two for a longer one; the first
     * in the fields' order among equals.
     *
     * @param id an id received
     * @param fields the fields expected where it was found
     * @return the field's id, or null if none is that close
     */
    public static @Nullable String closest(String id, Field[] fields) {
        if (id.isEmpty() || id.length() > LONGEST_COMPARED) {
            return null;
        }
        int most = id.length() <= 4 ? 1 : 2;
        String lower = id.toLowerCase(Locale.ROOT);
        String best = null;
        int bestDistance = most + 1;
        for (Field field : fields) {
            String known = field.id();
            if (known.equalsIgnoreCase(id)) {
                return known;
            }
            if (Math.abs(known.length() - id.length()) >= bestDistance) {
                continue;
            }
            int distance = distance(lower, known.toLowerCase(Locale.ROOT));
            if (distance < bestDistance) {
                bestDistance = distance;
                best = known;
            }
        }
        return best;
    }

    /** The optimal string alignment distance: edits, and swaps of two neighbouring characters. */
    static int distance(String a, String b) {
        int[][] d = new int[a.length() + 1][b.length() + 1];
        for (int i = 0; i <= a.length(); i++) {
            d[i][0] = i;
        }
        for (int j = 0; j <= b.length(); j++) {
            d[0][j] = j;
        }
        for (int i = 1; i <= a.length(); i++) {
            for (int j = 1; j <= b.length(); j++) {
                int cost = a.charAt(i - 1) == b.charAt(j - 1) ? 0 : 1;
                int value =
                        Math.min(
                                Math.min(d[i - 1][j] + 1, d[i][j - 1] + 1), d[i - 1][j - 1] + cost);
                if (i > 1
                        && j > 1
                        && a.charAt(i - 1) == b.charAt(j - 2)
                        && a.charAt(i - 2) == b.charAt(j - 1)) {
                    value = Math.min(value, d[i - 2][j - 2] + 1);
                }
                d[i][j] = value;
            }
        }
        return d[a.length()][b.length()];
    }
}
