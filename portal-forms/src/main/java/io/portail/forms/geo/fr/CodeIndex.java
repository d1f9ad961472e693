package io.portail.forms.geo.fr;

import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * Rows of the geography by a five-character code (an INSEE commune code such as {@code 2A004}, a
 * postal code such as {@code 45000}), each code read as a number in base 36.
 *
 * <p>A lookup reads the five characters of the code typed without making a string of them, and
 * probes a table of numbers kept side by side in memory: with some 40 000 INSEE codes and 6 000
 * postal codes, a table of strings costs a hash of the code typed and a visit to the key and its
 * characters for each probe. Immutable and thread-safe.
 */
final class CodeIndex {
    private static final int LENGTH = 5;

    private final int[] keys;
    private final @Nullable List<Commune>[] rows;
    private final int mask;

    /** How far a hashed key is shifted right to leave as many bits as the table has slots. */
    private final int shift;

    @SuppressWarnings("unchecked")
    CodeIndex(Map<String, List<Commune>> byCode) {
        int capacity = Integer.highestOneBit(Math.max(4, byCode.size() * 2)) << 1;
        this.keys = new int[capacity];
        this.rows = (List<Commune>[]) new List<?>[capacity];
        this.mask = capacity - 1;
        this.shift = Integer.SIZE - Integer.numberOfTrailingZeros(capacity);
        for (Map.Entry<String, List<Commune>> entry : byCode.entrySet()) {
            int key = encode(entry.getKey());
            if (key < 0) {
                throw new IllegalStateException(
                        "Not a code of five digits or capital letters in the geography data");
            }
            int slot = slot(key);
            while (rows[slot] != null) {
                slot = (slot + 1) & mask;
            }
            keys[slot] = key;
            rows[slot] = entry.getValue();
        }
    }

    /**
     * Returns the rows of a code, as a map from {@code code.trim().toUpperCase(Locale.ROOT)} would:
     * every code of the table is five digits or capital letters, so only such a code can be found.
     */
    List<Commune> get(String code) {
        int key = encode(code);
        if (key < 0) {
            // Spaces around the code, or characters java.lang.String capitalises otherwise.
            key = encode(code.trim().toUpperCase(Locale.ROOT));
            if (key < 0) {
                return List.of();
            }
        }
        for (int slot = slot(key); ; slot = (slot + 1) & mask) {
            List<Commune> found = rows[slot];
            if (found == null) {
                return List.of();
            }
            if (keys[slot] == key) {
                return found;
            }
        }
    }

    private int slot(int key) {
        // Fibonacci hashing: the golden ratio spreads neighbouring codes over the table.
        return (key * 0x9E3779B9) >>> shift;
    }

    /**
     * The code as a number in base 36, ASCII letters of either case alike; -1 if it is not five
     * ASCII digits or letters.
     */
    static int encode(String code) {
        if (code.length() != LENGTH) {
            return -1;
        }
        int key = 0;
        for (int i = 0; i < LENGTH; i++) {
            char c = code.charAt(i);
            int digit;
            if (c >= '0' && c <= '9') {
                digit = c - '0';
            } else if (c >= 'A' && c <= 'Z') {
                digit = c - 'A' + 10;
            } else if (c >= 'a' && c <= 'z') {
                digit = c - 'a' + 10;
            } else {
                return -1;
            }
            key = key * 36 + digit;
        }
        return key;
    }
}
