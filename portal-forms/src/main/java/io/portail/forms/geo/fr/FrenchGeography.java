package io.portail.forms.geo.fr;

import static java.util.Objects.requireNonNull;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.zip.GZIPInputStream;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The official French administrative geography, 2026 edition: communes, delegated and associated
 * communes, municipal arrondissements, departments, and their postal codes.
 *
 * <p>Source: Code officiel géographique of INSEE, 2026 edition, as packaged by Etalab in
 * {@code @etalab/decoupage-administratif} 6.0.0 (MIT licence; provenance and licence are shipped
 * beside the data, in {@code io/portail/forms/geo/fr/}).
 *
 * <p>Things to know about the data: a delegated commune can share its INSEE code with its current
 * commune (both rows exist; {@link #commune(String)} returns the current one); a postal code can
 * serve several communes and a commune can have several postal codes; a postal code is not an INSEE
 * code (Saint-Barthélemy: postal code 97133, INSEE code 97701); delegated and associated communes
 * have no postal code of their own in the source and are served by their current commune's.
 *
 * <p>Immutable and thread-safe; {@link #load()} reads the data once, on first use.
 */
public final class FrenchGeography {
    private static final Logger LOGGER = LoggerFactory.getLogger(FrenchGeography.class);
    private static final String COMMUNES = "communes-2026.tsv.gz";
    private static final String DEPARTMENTS = "departements-2026.tsv";

    private final CodeIndex byCode;
    private final CodeIndex byPostalCode;
    private final Map<String, Department> departments;

    private FrenchGeography(List<Commune> communes, Map<String, Department> departments) {
        Map<String, List<Commune>> codes = new HashMap<>();
        Map<String, List<Commune>> postal = new HashMap<>();
        Map<String, Commune> current = new HashMap<>();
        for (Commune commune : communes) {
            codes.computeIfAbsent(commune.inseeCode(), k -> new ArrayList<>()).add(commune);
            for (String postalCode : commune.postalCodes()) {
                postal.computeIfAbsent(postalCode, k -> new ArrayList<>()).add(commune);
            }
            if (commune.isCurrent()) {
                current.put(commune.inseeCode(), commune);
            }
        }
        // Delegated and associated communes are offered under their current commune's codes.
        for (Commune commune : communes) {
            String parent = commune.parentInseeCode();
            Commune parentCommune = parent == null ? null : current.get(parent);
            if (commune.postalCodes().isEmpty() && parentCommune != null) {
                for (String postalCode : parentCommune.postalCodes()) {
                    postal.computeIfAbsent(postalCode, k -> new ArrayList<>()).add(commune);
                }
            }
        }
        Map<Commune, String> sortKeys = new IdentityHashMap<>();
        for (Commune commune : communes) {
            sortKeys.put(commune, sortKey(commune.name()));
        }
        Comparator<Commune> order = offerOrder(sortKeys);
        this.byCode =
                new CodeIndex(freeze(codes, Comparator.comparing(c -> c.isCurrent() ? 0 : 1)));
        this.byPostalCode = new CodeIndex(freeze(postal, order));
        this.departments = Map.copyOf(departments);
    }

    /**
     * Returns the geography shipped with the library, reading it on first call.
     *
     * @return the geography, the same instance at every call
     * @throws IllegalStateException if the data files are missing from the class path (a packaging
     *     defect)
     */
    public static FrenchGeography load() {
        return Holder.INSTANCE;
    }

    /**
     * Returns the edition of the data.
     *
     * @return {@code 2026}
     */
    public String edition() {
        return "2026";
    }

    /**
     * Finds a commune by INSEE code: the current commune when a delegated commune shares its code,
     * otherwise the delegated or associated commune or the municipal arrondissement.
     *
     * @param inseeCode an INSEE code such as {@code 75056} or {@code 2A004}
     * @return the commune, or empty when no row has this code
     * @throws NullPointerException if {@code inseeCode} is null
     */
    public Optional<Commune> commune(String inseeCode) {
        List<Commune> rows = communesWithCode(inseeCode);
        return rows.isEmpty() ? Optional.empty() : Optional.of(rows.get(0));
    }

    /**
     * Returns every row with an INSEE code, the current commune first.
     *
     * @param inseeCode an INSEE code
     * @return the rows, possibly empty
     * @throws NullPointerException if {@code inseeCode} is null
     */
    public List<Commune> communesWithCode(String inseeCode) {
        requireNonNull(inseeCode, "inseeCode");
        return byCode.get(inseeCode);
    }

    /**
     * Returns the communes a postal code serves, to offer them to a resident: current communes
     * first, then municipal arrondissements, then delegated and associated communes, each group in
     * French alphabetical order.
     *
     * @param postalCode a postal code such as {@code 01400}
     * @return the communes, possibly empty
     * @throws NullPointerException if {@code postalCode} is null
     */
    public List<Commune> communesOfPostalCode(String postalCode) {
        requireNonNull(postalCode, "postalCode");
        return byPostalCode.get(postalCode);
    }

    /**
     * Tells whether a postal code serves a commune. A delegated or associated commune is served by
     * its current commune's postal codes; a municipal arrondissement by its own.
     *
     * @param postalCode a postal code
     * @param inseeCode the INSEE code of the commune chosen
     * @return true when the postal code serves a row with this INSEE code
     * @throws NullPointerException if an argument is null
     */
    public boolean postalCodeBelongsTo(String postalCode, String inseeCode) {
        requireNonNull(postalCode, "postalCode");
        requireNonNull(inseeCode, "inseeCode");
        String code = inseeCode.trim().toUpperCase(Locale.ROOT);
        for (Commune commune : communesOfPostalCode(postalCode)) {
            if (commune.inseeCode().equals(code)) {
                return true;
            }
        }
        return false;
    }

    /**
     * Finds a department or overseas collectivity by code.
     *
     * @param code a code such as {@code 01}, {@code 2A}, {@code 974} or {@code 988}
     * @return the department, or empty when unknown
     * @throws NullPointerException if {@code code} is null
     */
    public Optional<Department> department(String code) {
        requireNonNull(code, "code");
        return Optional.ofNullable(departments.get(code.trim().toUpperCase(Locale.ROOT)));
    }

    /**
     * Returns the department of a commune.
     *
     * @param commune a commune of this geography
     * @return its department, or empty if its code is not a department of this geography
     * @throws NullPointerException if {@code commune} is null
     */
    public Optional<Department> departmentOf(Commune commune) {
        requireNonNull(commune, "commune");
        return department(commune.departmentCode());
    }

    /**
     * Current communes, then arrondissements, then delegated and associated communes; by name
     * within each group, compared without accents nor case (the French dictionary order for names),
     * then by code.
     */
    private static Comparator<Commune> offerOrder(Map<Commune, String> sortKeys) {
        Comparator<Commune> byType =
                Comparator.comparingInt(
                        c ->
                                c.type() == CommuneType.CURRENT
                                        ? 0
                                        : c.type() == CommuneType.MUNICIPAL_ARRONDISSEMENT ? 1 : 2);
        return byType.thenComparing(sortKeys::get).thenComparing(Commune::inseeCode);
    }

    private static String sortKey(String name) {
        String decomposed = Normalizer.normalize(name, Normalizer.Form.NFD);
        StringBuilder key = new StringBuilder(decomposed.length());
        for (int i = 0; i < decomposed.length(); i++) {
            char c = decomposed.charAt(i);
            if (Character.getType(c) != Character.NON_SPACING_MARK) {
                key.append(Character.toLowerCase(c));
            }
        }
        return key.toString();
    }

    private static Map<String, List<Commune>> freeze(
            Map<String, List<Commune>> map, Comparator<Commune> order) {
        Map<String, List<Commune>> frozen = new HashMap<>();
        map.forEach(
                (key, list) -> {
                    if (list.size() > 1) {
                        list.sort(order);
                    }
                    frozen.put(key, List.copyOf(list));
                });
        return Map.copyOf(frozen);
    }

    private static final class Holder {
        static final FrenchGeography INSTANCE = read();

        private static FrenchGeography read() {
            List<Commune> communes = new ArrayList<>(40_000);
            try (BufferedReader reader = reader(COMMUNES, true)) {
                String line;
                while ((line = reader.readLine()) != null) {
                    communes.add(commune(line.split("\t", -1)));
                }
            } catch (IOException e) {
                throw new UncheckedIOException("Geography unreadable: " + COMMUNES, e);
            }
            Map<String, Department> departments = new HashMap<>();
            try (BufferedReader reader = reader(DEPARTMENTS, false)) {
                String line;
                while ((line = reader.readLine()) != null) {
                    String[] f = line.split("\t", -1);
                    departments.put(f[0], new Department(f[0], f[1], f[2], zone(f[3])));
                }
            } catch (IOException e) {
                throw new UncheckedIOException("Geography unreadable: " + DEPARTMENTS, e);
            }
            LOGGER.debug(
                    "French geography 2026 loaded: {} rows, {} departments",
                    communes.size(),
                    departments.size());
            return new FrenchGeography(communes, departments);
        }

        private static BufferedReader reader(String name, boolean gzip) throws IOException {
            InputStream in = FrenchGeography.class.getResourceAsStream(name);
            if (in == null) {
                throw new IllegalStateException("Geography missing from the class path: " + name);
            }
            InputStream data = gzip ? new GZIPInputStream(in) : in;
            return new BufferedReader(new InputStreamReader(data, StandardCharsets.UTF_8));
        }

        private static Commune commune(String[] f) {
            List<String> postalCodes = f[4].isEmpty() ? List.of() : Arrays.asList(f[4].split(","));
            @Nullable String parent = f[5].isEmpty() ? null : f[5];
            return new Commune(f[0], f[1], type(f[2]), f[3], postalCodes, parent);
        }

        private static CommuneType type(String letter) {
            switch (letter) {
                case "C":
                    return CommuneType.CURRENT;
                case "D":
                    return CommuneType.DELEGATED;
                case "A":
                    return CommuneType.ASSOCIATED;
                case "M":
                    return CommuneType.MUNICIPAL_ARRONDISSEMENT;
                default:
                    throw new IllegalStateException("Unknown commune type letter: " + letter);
            }
        }

        private static Zone zone(String zone) {
            switch (zone) {
                case "metro":
                    return Zone.METRO;
                case "drom":
                    return Zone.DROM;
                case "com":
                    return Zone.COM;
                default:
                    throw new IllegalStateException("Unknown zone: " + zone);
            }
        }
    }
}
