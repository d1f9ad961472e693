package io.portail.forms.geo.fr;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.zip.GZIPInputStream;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Official geography, Code officiel géographique 2026 (INSEE, via Etalab). */
class FrenchGeographyTests {
    private final FrenchGeography geography = FrenchGeography.load();

    @Nested
    class Loading {
        @Test
        void loadsOnceAndReturnsTheSameInstance() {
            assertThat(FrenchGeography.load()).isSameAs(geography);
            assertThat(geography.edition()).isEqualTo("2026");
        }

        @Test
        void shippedCopyIsWhatTheGeneratorMakesFromTheReferenceData() throws IOException {
            Path source = Path.of("/work/shared/data");
            assumeTrue(Files.isDirectory(source), "reference data not on this machine");

            String expected = GeographyResourceGenerator.communes(source);

            assertThat(shipped("communes-2026.tsv.gz", true)).isEqualTo(expected);
            assertThat(shipped("departements-2026.tsv", false))
                    .isEqualTo(GeographyResourceGenerator.departments(source));
        }

        @Test
        void provenanceAndLicenceAreShippedBesideTheData() throws IOException {
            assertThat(shipped("LICENSE-decoupage-administratif", false))
                    .contains("MIT License", "Etalab");
            assertThat(shipped("PROVENANCE.txt", false))
                    .contains("Code officiel géographique", "2026", "decoupage-administratif");
        }

        private String shipped(String name, boolean gzip) throws IOException {
            try (InputStream in = FrenchGeography.class.getResourceAsStream(name)) {
                assertThat(in).as(name).isNotNull();
                InputStream data = gzip ? new GZIPInputStream(in) : in;
                ByteArrayOutputStream out = new ByteArrayOutputStream();
                data.transferTo(out);
                return out.toString(StandardCharsets.UTF_8);
            }
        }
    }

    @Nested
    class Communes {
        @ParameterizedTest(name = "{0} {1}")
        @CsvSource({
            "75056, Paris, CURRENT, 75",
            "75101, Paris 1er Arrondissement, MUNICIPAL_ARRONDISSEMENT, 75",
            "69381, Lyon 1er Arrondissement, MUNICIPAL_ARRONDISSEMENT, 69",
            "13216, Marseille 16e Arrondissement, MUNICIPAL_ARRONDISSEMENT, 13",
            "2A004, Ajaccio, CURRENT, 2A",
            "97701, Saint-Barthélemy, CURRENT, 977",
        })
        void findsCommuneByInseeCode(
                String code, String name, CommuneType type, String department) {
            Commune commune = geography.commune(code).orElseThrow();

            assertThat(commune.name()).isEqualTo(name);
            assertThat(commune.type()).isEqualTo(type);
            assertThat(commune.departmentCode()).isEqualTo(department);
        }

        @Test
        void currentCommuneComesFirstWhenADelegatedCommuneSharesItsCode() {
            // 01015: Arboys en Bugey (current) and Arbignieu (delegated) share the code
            assertThat(geography.commune("01015").orElseThrow().name())
                    .isEqualTo("Arboys en Bugey");
            assertThat(geography.communesWithCode("01015"))
                    .extracting(Commune::type)
                    .containsExactly(CommuneType.CURRENT, CommuneType.DELEGATED);
        }

        @Test
        void unknownCodeFindsNothingAndAPostalCodeIsNotAnInseeCode() {
            assertThat(geography.commune("99999")).isEmpty();
            // Saint-Barthélemy's postal code is not its INSEE code: 97133 is Vieux-Fort, in
            // Guadeloupe
            assertThat(geography.commune("97133").orElseThrow().name()).isEqualTo("Vieux-Fort");
        }

        @Test
        void lowerCaseCorsicanCodeIsFound() {
            assertThat(geography.commune("2a004")).isPresent();
        }
    }

    @Nested
    class PostalCodes {
        @Test
        void saintBarthelemyIsServedBy97133() {
            assertThat(geography.communesOfPostalCode("97133"))
                    .extracting(Commune::inseeCode)
                    .containsExactly("97701");
            assertThat(geography.postalCodeBelongsTo("97133", "97701")).isTrue();
            assertThat(geography.postalCodeBelongsTo("97701", "97701")).isFalse();
        }

        @Test
        void currentCommunesComeFirstThenArrondissements() {
            assertThat(geography.communesOfPostalCode("75001"))
                    .extracting(Commune::inseeCode)
                    .containsExactly("75056", "75101");
        }

        @Test
        void delegatedCommuneIsServedByItsCurrentCommunesPostalCode() {
            // Arbignieu (delegated, 01015) has no postal code of its own; Arboys en Bugey has 01300
            assertThat(geography.postalCodeBelongsTo("01300", "01015")).isTrue();
            assertThat(geography.communesOfPostalCode("01300"))
                    .filteredOn(c -> c.inseeCode().equals("01015"))
                    .extracting(Commune::type)
                    .containsExactly(CommuneType.CURRENT, CommuneType.DELEGATED);
        }

        @Test
        void postalCodeOfAnotherCommuneDoesNotBelong() {
            assertThat(geography.postalCodeBelongsTo("01400", "75056")).isFalse();
            assertThat(geography.communesOfPostalCode("00000")).isEmpty();
        }

        @Test
        void everyCommuneOfAPostalCodeIsOrderedCurrentFirst() {
            var communes = geography.communesOfPostalCode("13001");

            assertThat(communes.get(0).isCurrent()).isTrue();
            assertThat(communes).extracting(Commune::inseeCode).contains("13055", "13201");
        }
    }

    @Nested
    class Departments {
        @ParameterizedTest(name = "{0} {1}")
        @CsvSource({
            "01, Ain, METRO",
            "2A, Corse-du-Sud, METRO",
            "971, Guadeloupe, DROM",
            "976, Mayotte, DROM",
            "977, Saint-Barthélemy, COM",
            "988, Nouvelle-Calédonie, COM",
        })
        void departmentHasItsZone(String code, String name, Zone zone) {
            Department department = geography.department(code).orElseThrow();

            assertThat(department.name()).isEqualTo(name);
            assertThat(department.zone()).isEqualTo(zone);
        }

        @Test
        void departmentOfACommune() {
            Commune pointeAPitre = geography.commune("97120").orElseThrow();

            assertThat(geography.departmentOf(pointeAPitre).orElseThrow().zone())
                    .isEqualTo(Zone.DROM);
            assertThat(geography.department("20")).isEmpty();
        }
    }
}
