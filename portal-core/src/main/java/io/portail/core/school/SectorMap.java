package io.portail.core.school;

import static java.util.Objects.requireNonNull;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

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

    // A house number, an optional repetition index (bis, ter, quater, quinquies or a letter a to
    // d, as in the Base Adresse Nationale), an optional comma, then the street. Letters after d
    // are left out so that "12 r. de la Gare" reads "r." as the street's type.
    private static final Pattern LINE =
            Pattern.compile(
                    "\\s*([0-9]{1,5})\\s*(?:(?:bis|ter|quater|quinquies|[a-d])(?!\\p{L}))?"
                            + "\\s*,?\\s*(.+)",
                    Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);

    // The numbers of a line of a sector map's text: 12, 1-99, 1-99 odd, 2-98 even.
    private static final Pattern NUMBERS =
            Pattern.compile("([0-9]{1,5})(?:-([0-9]{1,5}))?(?:\\s+(even|odd))?");

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
     * Reads a sector map from the tab-separated text a commune keeps, one range per line.
     *
     * <p>Each line holds four fields separated by tabs: the street, the numbers, the sector's
     * identifier and the school's name. The numbers are {@code all}, a single number such as {@code
     * 12}, or a range such as {@code 1-99}, {@code 1-99 odd} or {@code 2-98 even}. Blank lines and
     * lines starting with {@code #} are skipped.
     *
     * <pre>
     * rue de l'Église          1-99 odd    tilleuls    École des Tilleuls
     * rue de l'Église          2-98 even   moulin      École du Moulin
     * avenue du Général Leclerc all        tilleuls    École des Tilleuls
     * </pre>
     *
     * @param text the text, at most 1 000 000 characters
     * @return the map
     * @throws IllegalArgumentException naming the line and the fix, if a line is malformed, two
     *     ranges overlap, or a sector has two school names
     */
    public static SectorMap parse(String text) {
        requireNonNull(text, "text");
        if (text.length() > 1_000_000) {
            throw new IllegalArgumentException(
                    "A sector map is at most 1000000 characters: " + text.length());
        }
        Builder builder = builder();
        Map<String, Sector> sectors = new LinkedHashMap<>();
        String[] lines = text.split("\r?\n", -1);
        for (int index = 0; index < lines.length; index++) {
            String line = lines[index];
            if (line.isBlank() || line.stripLeading().startsWith("#")) {
                continue;
            }
            String at = "Line " + (index + 1) + " of the sector map: ";
            String[] fields = line.split("\t", -1);
            if (fields.length != 4) {
                throw new IllegalArgumentException(
                        at + "expected street, numbers, sector and school separated by tabs");
            }
            try {
                Sector sector = new Sector(fields[2].strip(), fields[3].strip());
                Sector known = sectors.putIfAbsent(sector.id(), sector);
                if (known != null && !known.equals(sector)) {
                    throw new IllegalArgumentException(
                            "sector " + sector.id() + " already has another school name");
                }
                builder.add(fields[0], numbers(fields[1].strip()), sector);
            } catch (IllegalArgumentException e) {
                throw new IllegalArgumentException(at + e.getMessage(), e);
            }
        }
        return builder.build();
    }

    private static NumberRange numbers(String text) {
        if (text.equals("all")) {
            return NumberRange.allNumbers();
        }
        Matcher matcher = NUMBERS.matcher(text);
        if (!matcher.matches()) {
            throw new IllegalArgumentException(
                    "numbers are all, 12, 1-99, 1-99 odd or 2-98 even, not '"
                            + (text.length() > 20 ? text.substring(0, 20) + "..." : text)
                            + "'");
        }
        int from = Integer.parseInt(matcher.group(1));
        int to = matcher.group(2) == null ? from : Integer.parseInt(matcher.group(2));
        String side = matcher.group(3);
        return new NumberRange(
                from,
                to,
                side == null
                        ? NumberRange.Side.BOTH
                        : side.equals("even") ? NumberRange.Side.EVEN : NumberRange.Side.ODD);
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
     * Finds the sector of an address line as a resident types it, such as {@code 12 bis, rue de
     * l'Église}: a house number, an optional repetition index (bis, ter, quater, quinquies, or a
     * letter from a to d), then the street. A repeated number belongs to the sector of its number.
     *
     * @param line the first line of the address, at most 210 characters
     * @return the sector, or empty when the line has no house number or the map no range holding
     *     the address
     * @throws IllegalArgumentException if the line is over 210 characters
     */
    public Optional<Sector> sectorOf(String line) {
        requireNonNull(line, "line");
        if (line.length() > 210) {
            throw new IllegalArgumentException(
                    "An address line is at most 210 characters: " + line.length());
        }
        Matcher matcher = LINE.matcher(line);
        if (!matcher.matches()) {
            return Optional.empty();
        }
        String street = matcher.group(2);
        if (street.codePoints().noneMatch(Character::isLetterOrDigit)) {
            return Optional.empty();
        }
        return sectorOf(Integer.parseInt(matcher.group(1)), street);
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
