package io.portail.forms.validation;

import static java.util.Objects.requireNonNull;

import java.math.BigDecimal;

/**
 * A point on a map, in WGS 84 decimal degrees, kept exactly as sent.
 *
 * <p>{@code toString} hides the point, which may locate a resident.
 *
 * @param lat the latitude, from -90 to 90
 * @param lon the longitude, from -180 to 180
 */
public record Coordinates(BigDecimal lat, BigDecimal lon) {
    /**
     * Checks the point.
     *
     * @param lat the latitude
     * @param lon the longitude
     */
    public Coordinates {
        requireNonNull(lat, "lat");
        requireNonNull(lon, "lon");
    }

    @Override
    public String toString() {
        return "Coordinates[***]";
    }
}
