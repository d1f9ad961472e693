package io.portail.core.report;

import static java.util.Objects.requireNonNull;

import java.util.List;

/**
 * The area of the commune, which a reported point must lie in; the commune supplies it.
 *
 * <p>Implementations are immutable and thread-safe.
 */
public sealed interface CommuneArea {
    /**
     * Tells whether a point lies in the area.
     *
     * @param point the point
     * @return true if inside
     */
    boolean contains(GeoPoint point);

    /**
     * A box between two latitudes and two longitudes, edges included; it does not cross the
     * antimeridian.
     *
     * @param south the southern latitude
     * @param west the western longitude
     * @param north the northern latitude
     * @param east the eastern longitude
     */
    record Box(double south, double west, double north, double east) implements CommuneArea {
        /**
         * Checks the box.
         *
         * @param south the southern latitude
         * @param west the western longitude
         * @param north the northern latitude, above the southern one
         * @param east the eastern longitude, east of the western one
         * @throws IllegalArgumentException if a corner is not a point or the box is empty
         */
        public Box {
            new GeoPoint(south, west);
            new GeoPoint(north, east);
            if (!(north > south) || !(east > west)) {
                throw new IllegalArgumentException(
                        "A box's north and east lie beyond its south and west");
            }
        }

        @Override
        public boolean contains(GeoPoint point) {
            requireNonNull(point, "point");
            return point.latitude() >= south
                    && point.latitude() <= north
                    && point.longitude() >= west
                    && point.longitude() <= east;
        }
    }

    /**
     * A polygon, such as the commune's boundary, its vertices in order, the last joined to the
     * first. A point exactly on an edge may count as inside or outside.
     *
     * @param vertices the vertices, at least three, at most 100 000
     */
    record Polygon(List<GeoPoint> vertices) implements CommuneArea {
        /**
         * Checks the polygon.
         *
         * @param vertices the vertices
         * @throws IllegalArgumentException if there are fewer than three or more than 100 000
         */
        public Polygon {
            vertices = List.copyOf(requireNonNull(vertices, "vertices"));
            if (vertices.size() < 3 || vertices.size() > 100_000) {
                throw new IllegalArgumentException("A polygon has from 3 to 100000 vertices");
            }
        }

        /**
         * Even-odd rule: a ray going east from the point crosses the boundary an odd number of
         * times.
         */
        @Override
        public boolean contains(GeoPoint point) {
            requireNonNull(point, "point");
            double y = point.latitude();
            double x = point.longitude();
            boolean inside = false;
            for (int i = 0, j = vertices.size() - 1; i < vertices.size(); j = i++) {
                GeoPoint a = vertices.get(i);
                GeoPoint b = vertices.get(j);
                if ((a.latitude() > y) != (b.latitude() > y)) {
                    double crossing =
                            a.longitude()
                                    + (y - a.latitude())
                                            * (b.longitude() - a.longitude())
                                            / (b.latitude() - a.latitude());
                    if (x < crossing) {
                        inside = !inside;
                    }
                }
            }
            return inside;
        }
    }
}
