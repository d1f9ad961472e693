package io.portail.core.report;

import org.jspecify.annotations.Nullable;

/**
 * Where the problem is: a point, an address typed by the resident, or both.
 *
 * <p>{@code toString} masks the address, which the resident typed. Immutable and thread-safe.
 *
 * @param point the point, or null
 * @param address the address in one line, or null
 */
public record ReportLocation(@Nullable GeoPoint point, @Nullable String address) {
    /**
     * Checks the location.
     *
     * @param point the point, or null
     * @param address the address, or null
     * @throws IllegalArgumentException if both are missing or the address is blank or longer than
     *     300 characters
     */
    public ReportLocation {
        if (point == null && address == null) {
            throw new IllegalArgumentException("A location has a point or an address");
        }
        if (address != null && (address.isBlank() || address.length() > 300)) {
            throw new IllegalArgumentException("An address has 1 to 300 characters");
        }
    }

    /**
     * Returns a location given by a point.
     *
     * @param point the point
     * @return the location
     */
    public static ReportLocation at(GeoPoint point) {
        return new ReportLocation(java.util.Objects.requireNonNull(point, "point"), null);
    }

    @Override
    public String toString() {
        return "ReportLocation[point=" + point + (address == null ? "" : ", address=***") + "]";
    }
}
