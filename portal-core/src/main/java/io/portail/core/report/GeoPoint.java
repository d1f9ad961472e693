package io.portail.core.report;

/**
 * A point on the Earth in WGS 84 decimal degrees, as phones and Open311 give it.
 *
 * <p>Immutable and thread-safe.
 *
 * @param latitude the latitude, from -90 to 90
 * @param longitude the longitude, from -180 to 180
 */
public record GeoPoint(double latitude, double longitude) {
    /** The mean radius of the Earth in metres (IUGG, R1), used by the haversine formula. */
    public static final double EARTH_RADIUS_METRES = 6_371_008.8;

    /**
     * Checks the point.
     *
     * @param latitude the latitude
     * @param longitude the longitude
     * @throws IllegalArgumentException if a coordinate is out of range or not a number
     */
    public GeoPoint {
        if (!(latitude >= -90 && latitude <= 90)) {
            throw new IllegalArgumentException("A latitude lies from -90 to 90 degrees");
        }
        if (!(longitude >= -180 && longitude <= 180)) {
            throw new IllegalArgumentException("A longitude lies from -180 to 180 degrees");
        }
    }

    /**
     * Returns the great-circle distance to another point, by the haversine formula (R. W. Sinnott,
     * "Virtues of the Haversine", Sky and Telescope 68(2), 1984) on a sphere of radius {@link
     * #EARTH_RADIUS_METRES}.
     *
     * <p>The sphere differs from the WGS 84 ellipsoid by at most about 0.5 %, far below what
     * matters for finding a report a few dozen metres away.
     *
     * @param other the other point
     * @return the distance in metres
     */
    public double distanceTo(GeoPoint other) {
        double phi1 = Math.toRadians(latitude);
        double phi2 = Math.toRadians(other.latitude);
        double dPhi = phi2 - phi1;
        double dLambda = Math.toRadians(other.longitude - longitude);
        double a =
                Math.sin(dPhi / 2) * Math.sin(dPhi / 2)
                        + Math.cos(phi1)
                                * Math.cos(phi2)
                                * Math.sin(dLambda / 2)
                                * Math.sin(dLambda / 2);
        // min() guards asin against rounding just above 1 for antipodal points.
        return 2 * EARTH_RADIUS_METRES * Math.asin(Math.min(1, Math.sqrt(a)));
    }
}
