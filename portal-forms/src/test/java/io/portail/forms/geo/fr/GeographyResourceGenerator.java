package io.portail.forms.geo.fr;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.zip.GZIPOutputStream;

/**
 * Builds the compact copy of the official geography shipped in portal-forms resources.
 *
 * <p>Input: the TSV files of /work/shared/data (Code officiel géographique 2026 of INSEE, as
 * packaged by Etalab in @etalab/decoupage-administratif 6.0.0, MIT licence). Output, in {@code
 * src/main/resources/io/portail/forms/geo/fr/}:
 *
 * <ul>
 *   <li>{@code communes-2026.tsv.gz}: one line per row, tab-separated, no header: INSEE code, name,
 *       type letter (C current, D delegated, A associated, M municipal arrondissement), department
 *       code, postal codes (comma-separated), parent INSEE code;
 *   <li>{@code departements-2026.tsv}: code, name, region code, zone.
 * </ul>
 *
 * <p>Run from portal-forms after {@code mvn test-compile}: {@code java -cp target/test-classes
 * io.portail.forms.geo.fr.GeographyResourceGenerator /work/shared/data
 * src/main/resources/io/portail/forms/geo/fr}. The gzip header carries no time, so the output is
 * the same byte for byte at each run.
 */
public final class GeographyResourceGenerator {
    private GeographyResourceGenerator() {}

    /**
     * Writes the compact files.
     *
     * @param args source directory, target directory
     * @throws IOException if a file cannot be read or written
     */
    public static void main(String[] args) throws IOException {
        Path source = Path.of(args.length > 0 ? args[0] : "/work/shared/data");
        Path target =
                Path.of(args.length > 1 ? args[1] : "src/main/resources/io/portail/forms/geo/fr");
        Files.write(target.resolve("communes-2026.tsv.gz"), gzip(communes(source)));
        Files.writeString(target.resolve("departements-2026.tsv"), departments(source));
    }

    /** The compact communes table, uncompressed. */
    static String communes(Path source) throws IOException {
        List<String> lines =
                Files.readAllLines(source.resolve("communes-2026.tsv"), StandardCharsets.UTF_8);
        check(lines.get(0), "insee_code\tname\ttype\tdepartment\tregion\tzone\tpostal_codes");
        StringBuilder out = new StringBuilder();
        for (String line : lines.subList(1, lines.size())) {
            String[] f = line.split("\t", -1);
            out.append(f[0]).append('\t').append(f[1]).append('\t').append(typeLetter(f[2]));
            out.append('\t').append(f[3]).append('\t').append(f[6]).append('\t').append(f[7]);
            out.append('\n');
        }
        return out.toString();
    }

    /** The departments table: code, name, region, zone. */
    static String departments(Path source) throws IOException {
        List<String> lines =
                Files.readAllLines(source.resolve("departements-2026.tsv"), StandardCharsets.UTF_8);
        check(lines.get(0), "code\tname\tregion\tzone");
        StringBuilder out = new StringBuilder();
        for (String line : lines.subList(1, lines.size())) {
            String[] f = line.split("\t", -1);
            out.append(f[0]).append('\t').append(f[1]).append('\t').append(f[2]);
            out.append('\t').append(f[3]).append('\n');
        }
        return out.toString();
    }

    private static void check(String header, String expectedStart) {
        if (!header.startsWith(expectedStart)) {
            throw new IllegalStateException("Unexpected header: " + header);
        }
    }

    private static char typeLetter(String type) {
        switch (type) {
            case "commune-actuelle":
                return 'C';
            case "commune-deleguee":
                return 'D';
            case "commune-associee":
                return 'A';
            case "arrondissement-municipal":
                return 'M';
            default:
                throw new IllegalStateException("Unknown commune type: " + type);
        }
    }

    static byte[] gzip(String text) {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (OutputStream out = new GZIPOutputStream(bytes)) {
            out.write(text.getBytes(StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return bytes.toByteArray();
    }
}
