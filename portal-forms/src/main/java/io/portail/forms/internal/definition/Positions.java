package io.portail.forms.internal.definition;

import static java.util.Objects.requireNonNull;

import io.portail.forms.definition.Field;
import java.util.ArrayList;
import java.util.List;

/**
 * The position of each id in a list of distinct ids, looked up without boxing: the table every
 * reading and validation consults for each answer and each condition.
 *
 * <p>Open addressing with linear probing in a table at least twice the number of ids, so that a
 * probe meets an empty slot soon. A slot keeps the id's hash beside it, so that a probe compares
 * characters only with an id of the same hash; the ids of the definition are the strings most
 * lookups pass, and those are found by identity first. Immutable and thread-safe.
 */
public final class Positions {
    private final String[] ids;
    private final int[] hashes;
    private final int[] positions;
    private final int mask;
    private final int size;

    private Positions(List<String> ids) {
        int capacity = Integer.highestOneBit(Math.max(4, ids.size() * 2 + 1)) << 1;
        this.ids = new String[capacity];
        this.hashes = new int[capacity];
        this.positions = new int[capacity];
        this.mask = capacity - 1;
        this.size = ids.size();
        for (int i = 0; i < ids.size(); i++) {
            String id = requireNonNull(ids.get(i), "id");
            int hash = spread(id.hashCode());
            int slot = hash & mask;
            while (this.ids[slot] != null) {
                if (this.ids[slot].equals(id)) {
                    throw new IllegalArgumentException("An id is listed twice: " + Ids.shown(id));
                }
                slot = (slot + 1) & mask;
            }
            this.ids[slot] = id;
            this.hashes[slot] = hash;
            this.positions[slot] = i;
        }
    }

    /**
     * Numbers a list of distinct ids from 0, in the list's order.
     *
     * @param ids the ids, none null, none twice
     * @return the table
     * @throws IllegalArgumentException if an id is listed twice
     */
    public static Positions of(List<String> ids) {
        return new Positions(requireNonNull(ids, "ids"));
    }

    /**
     * Numbers fields by their ids, from 0, in the array's order.
     *
     * @param fields the fields, none sharing an id
     * @return the table
     * @throws IllegalArgumentException if two fields share an id
     */
    public static Positions ofFields(Field[] fields) {
        List<String> ids = new ArrayList<>(fields.length);
        for (Field field : fields) {
            ids.add(field.id());
        }
        return new Positions(ids);
    }

    /**
     * Returns the position of an id.
     *
     * @param id the id looked up
     * @return its position from 0, or -1 if the list does not have it
     */
    public int of(String id) {
        int hash = spread(id.hashCode());
        for (int slot = hash & mask; ; slot = (slot + 1) & mask) {
            String known = ids[slot];
            if (known == null) {
                return -1;
            }
            if (known == id || (hashes[slot] == hash && known.equals(id))) {
                return positions[slot];
            }
        }
    }

    /**
     * Returns how many ids the table numbers.
     *
     * @return the number of ids
     */
    public int size() {
        return size;
    }

    /** Mixes the high bits of a string's hash into the low ones the table's mask keeps. */
    private static int spread(int hash) {
        return hash ^ (hash >>> 16);
    }

    @Override
    public String toString() {
        return "Positions[" + size + " ids]";
    }
}
