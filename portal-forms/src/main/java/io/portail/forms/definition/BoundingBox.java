package io.portail.forms.definition;

import java.math.BigDecimal;

/**
 * An area on a map between two latitudes and two longitudes, in WGS 84 degrees.
 *
 * <p>Immutable. An area crossing the 180th meridian is not supported.
 *
 * @param south the southern latitude
 * @param west the western longitude
 * @param north the northern latitude
 * @param east the eastern longitude
 */
public record BoundingBox(double south, double west, double north, double east) {
    /**
     * Checks the area.
     *
     * @param south the southern latitude, from -90
     * @param west the western longitude, from -180
     * @param north the northern latitude, up to 90, not below south
     * @param east the eastern longitude, up to 180, not below west
     * @throws IllegalArgumentException if a bound is out of range or the bounds are swapped
     */
    public BoundingBox {
        if (!(south >= -90 && north <= 90 && south <= north)) {
            throw new IllegalArgumentException(
                    "A bounding box has -90 <= south <= north <= 90; check the latitudes");
        }
        if (!(west >= -180 && east <= 180 && west <= east)) {
            throw new IllegalArgumentException(
                    "A bounding box has -180 <= west <= east <= 180; check the longitudes");
        }
    }

    /**
     * Tells whether a point falls in the area, edges included.
     *
     * @param lat the latitude
     * @param lon the longitude
     * @return true if inside
     */
    public boolean contains(BigDecimal lat, BigDecimal lon) {
        double y = lat.doubleValue();
        double x = lon.doubleValue();
        return y >= south && y <= north && x >= west && x <= east;
    }
}
