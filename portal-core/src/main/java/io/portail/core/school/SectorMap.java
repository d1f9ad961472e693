package io.portail.core.school;

import static java.util.Objects.requireNonNull;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The commune's map of school sectors (carte scolaire): which school serves which house numbers of
 * which street.
 *
 * <p>The commune sets its sectors by deliberation of the municipal council (Code de l'éducation
 * art. L212-7). Streets are matched by {@link StreetName#key(String)}; a map whose ranges overlap
 * on a street is refused when it is built, so that every address maps to at most one sector.
 * Immutable and thread-safe.
 */
public final class SectorMap {

    private final Map<String, List<Entry>> streets;

    private record Entry(NumberRange range, Sector sector) {}

    private SectorMap(Map<String, List<Entry>> streets) {
        this.streets = streets;
    }

    /**
     * Returns a builder of an empty map.
     *
     * @return a new builder
     */
    public static Builder builder() {
        return new Builder();
    }

    /**
     * Finds the sector of an address.
     *
     * @param number the house number
     * @param street the street name, as typed
     * @return the sector, or empty when the map has no range holding the address
     * @throws IllegalArgumentException if the street name has no letter or digit, or is too long
     */
    public Optional<Sector> sectorOf(int number, String street) {
        List<Entry> entries = streets.get(StreetName.key(street));
        if (entries == null) {
            return Optional.empty();
        }
        for (Entry entry : entries) {
            if (entry.range().contains(number)) {
                return Optional.of(entry.sector());
            }
        }
        return Optional.empty();
    }

    /**
     * Returns the number of streets in the map.
     *
     * @return the count of distinct street keys
     */
    public int streetCount() {
        return streets.size();
    }

    @Override
    public String toString() {
        return "SectorMap[" + streets.size() + " streets]";
    }

    /** Collects ranges and builds the map; not thread-safe. */
    public static final class Builder {
        private final Map<String, List<Entry>> streets = new LinkedHashMap<>();

        private Builder() {}

        /**
         * Adds a range of numbers of a street to a sector.
         *
         * @param street the street name
         * @param range the house numbers
         * @param sector the sector
         * @return this builder
         * @throws IllegalArgumentException if the range overlaps one already given for the street;
         *     the builder is then unchanged
         */
        public Builder add(String street, NumberRange range, Sector sector) {
            requireNonNull(range, "range");
            requireNonNull(sector, "sector");
            String key = StreetName.key(street);
            List<Entry> entries = streets.getOrDefault(key, List.of());
            for (Entry entry : entries) {
                if (entry.range().overlaps(range)) {
                    throw new IllegalArgumentException(
                            "Two ranges of a sector map overlap on street '"
                                    + key
                                    + "': "
                                    + entry.range()
                                    + " ("
                                    + entry.sector().id()
                                    + ") and "
                                    + range
                                    + " ("
                                    + sector.id()
                                    + ")");
                }
            }
            List<Entry> updated = new ArrayList<>(entries);
            updated.add(new Entry(range, sector));
            streets.put(key, updated);
            return this;
        }

        /**
         * Builds the map.
         *
         * @return the map
         */
        public SectorMap build() {
            Map<String, List<Entry>> copy = new LinkedHashMap<>();
            streets.forEach((key, entries) -> copy.put(key, List.copyOf(entries)));
            return new SectorMap(Map.copyOf(copy));
        }
    }
}
