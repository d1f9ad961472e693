package io.portail.core.report;

/**
 * When an earlier report is suggested as a likely duplicate: same category, within a distance,
 * received within a number of days.
 *
 * <p>Immutable and thread-safe.
 *
 * @param radiusMetres the distance, in metres
 * @param days the number of days back, counted as periods of 24 hours
 */
public record DuplicateRule(double radiusMetres, int days) {
    /**
     * Checks the rule.
     *
     * @param radiusMetres the distance, from 1 to 10 000 metres
     * @param days the number of days, from 1 to 365
     * @throws IllegalArgumentException if a bound is out of range
     */
    public DuplicateRule {
        if (!(radiusMetres >= 1 && radiusMetres <= 10_000)) {
            throw new IllegalArgumentException("A duplicate radius lies from 1 to 10000 metres");
        }
        if (days < 1 || days > 365) {
            throw new IllegalArgumentException("A duplicate window lasts 1 to 365 days");
        }
    }
}
