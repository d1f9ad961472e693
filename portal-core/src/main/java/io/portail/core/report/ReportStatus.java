package io.portail.core.report;

import io.portail.privacy.text.LocalizedText;
import java.util.EnumSet;
import java.util.Locale;
import java.util.Set;

/**
 * Where a report stands, richer than open and closed, with the moves an agent may make.
 *
 * <p>Allowed moves: from {@link #RECEIVED} to any other status; from {@link #PLANNED} to in
 * progress, fixed or not the commune's responsibility; from {@link #IN_PROGRESS} to fixed or back
 * to planned (work postponed); a closed status ({@link #FIXED}, {@link #NOT_OUR_RESPONSIBILITY},
 * {@link #DUPLICATE}) can only be reopened, back to {@link #RECEIVED}, for instance when the
 * problem comes back. Open311 GeoReport v2 knows only {@code open} and {@code closed}: see {@link
 * #isClosed()}.
 */
public enum ReportStatus {
    /** Received, not yet looked at. */
    RECEIVED("Reçu", "Received"),
    /** A repair is planned. */
    PLANNED("Intervention prévue", "Repair planned"),
    /** The repair is under way. */
    IN_PROGRESS("Intervention en cours", "Repair under way"),
    /** Fixed. */
    FIXED("Réparé", "Fixed"),
    /** Not the commune's responsibility: passed on to whoever is in charge, if known. */
    NOT_OUR_RESPONSIBILITY("Ne relève pas de la commune", "Not the town's responsibility"),
    /** The same problem was already reported. */
    DUPLICATE("Déjà signalé", "Already reported");

    private final LocalizedText label;

    ReportStatus(String fr, String en) {
        this.label = new LocalizedText(fr, en);
    }

    /**
     * Returns what residents read.
     *
     * @return the label
     */
    public LocalizedText label() {
        return label;
    }

    /**
     * Tells whether the report is closed, in Open311's sense.
     *
     * @return true for fixed, not the commune's responsibility, and duplicate
     */
    public boolean isClosed() {
        return this == FIXED || this == NOT_OUR_RESPONSIBILITY || this == DUPLICATE;
    }

    /**
     * Returns the statuses an agent may move a report to from this one.
     *
     * @return the next statuses
     */
    public Set<ReportStatus> next() {
        return switch (this) {
            case RECEIVED -> EnumSet.complementOf(EnumSet.of(RECEIVED));
            case PLANNED -> EnumSet.of(IN_PROGRESS, FIXED, NOT_OUR_RESPONSIBILITY);
            case IN_PROGRESS -> EnumSet.of(PLANNED, FIXED);
            case FIXED, NOT_OUR_RESPONSIBILITY, DUPLICATE -> EnumSet.of(RECEIVED);
        };
    }

    /**
     * Tells whether an agent may move a report from this status to another.
     *
     * @param target the status to move to
     * @return true if allowed
     */
    public boolean allows(ReportStatus target) {
        return next().contains(target);
    }

    /**
     * Returns the status's code in Open311 status notes, such as {@code in-progress}.
     *
     * @return the code
     */
    public String code() {
        return name().toLowerCase(Locale.ROOT).replace('_', '-');
    }
}
