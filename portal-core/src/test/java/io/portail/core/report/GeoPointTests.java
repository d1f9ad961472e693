package io.portail.core.report;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.util.List;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class GeoPointTests {

    @Nested
    class Haversine {
        /** Haversine formula (Sinnott 1984) on a sphere of mean radius 6 371 008.8 m. */
        @ParameterizedTest(name = "({0}, {1}) to ({2}, {3}) = {4} m")
        @CsvSource({
            // One degree of arc along the equator, or along a meridian: R × π / 180.
            "0, 0, 0, 1, 111195.08",
            "47, 2, 48, 2, 111195.08",
            // A quarter of a great circle, from the equator to the pole.
            "0, 0, 90, 0, 10007557.22",
            // Half of it, to the antipode.
            "0, 0, 0, 180, 20015114.44",
            // At 60° north a degree of longitude is about half a degree of arc.
            "60, 0, 60, 1, 55597.01"
        })
        void givesKnownDistances(
                double lat1, double lon1, double lat2, double lon2, double metres) {
            double distance = new GeoPoint(lat1, lon1).distanceTo(new GeoPoint(lat2, lon2));

            assertThat(distance).isCloseTo(metres, within(0.5));
        }

        @Test
        void measuresAFewMetresInTown() {
            GeoPoint a = new GeoPoint(47.90290, 1.90920);
            GeoPoint b = new GeoPoint(47.90310, 1.90920);

            assertThat(a.distanceTo(b)).isCloseTo(22.239, within(0.001));
            assertThat(b.distanceTo(a)).isEqualTo(a.distanceTo(b));
            assertThat(a.distanceTo(a)).isZero();
        }
    }

    @Nested
    class Checks {
        @Test
        void refusesALatitudeOutOfRange() {
            assertThatThrownBy(() -> new GeoPoint(90.5, 0))
                    .isInstanceOf(IllegalArgumentException.class)
                    .hasMessage("A latitude lies from -90 to 90 degrees");
        }

        @Test
        void refusesNotANumber() {
            assertThatThrownBy(() -> new GeoPoint(0, Double.NaN))
                    .isInstanceOf(IllegalArgumentException.class)
                    .hasMessage("A longitude lies from -180 to 180 degrees");
        }
    }

    @Nested
    class Areas {
        private final CommuneArea.Polygon triangle =
                new CommuneArea.Polygon(
                        List.of(
                                new GeoPoint(47.0, 1.0),
                                new GeoPoint(47.0, 2.0),
                                new GeoPoint(48.0, 1.5)));

        @Test
        void polygonHoldsItsInsideOnly() {
            assertThat(triangle.contains(new GeoPoint(47.2, 1.5))).isTrue();
            assertThat(triangle.contains(new GeoPoint(47.9, 1.1))).isFalse();
            assertThat(triangle.contains(new GeoPoint(46.9, 1.5))).isFalse();
        }

        @Test
        void boxHoldsItsEdges() {
            CommuneArea.Box box = new CommuneArea.Box(47.0, 1.0, 48.0, 2.0);

            assertThat(box.contains(new GeoPoint(47.0, 1.0))).isTrue();
            assertThat(box.contains(new GeoPoint(48.0001, 1.5))).isFalse();
        }
    }
}
