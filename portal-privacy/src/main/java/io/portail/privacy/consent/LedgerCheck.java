package io.portail.privacy.consent;

import static java.util.Objects.requireNonNull;

/**
 * The result of verifying a consent ledger: intact, or the first broken entry and why.
 *
 * <p>Immutable and thread-safe.
 *
 * @param firstBroken the index of the first entry (or line) that does not verify, or -1 if intact
 * @param reason why it does not verify, empty if intact
 */
public record LedgerCheck(long firstBroken, String reason) {
    private static final LedgerCheck INTACT = new LedgerCheck(-1, "");

    /**
     * Checks the result.
     *
     * @param firstBroken the index of the first broken entry, or -1
     * @param reason why, empty if intact
     * @throws IllegalArgumentException if the index is below -1, or a reason is missing
     */
    public LedgerCheck {
        requireNonNull(reason, "reason");
        if (firstBroken < -1 || (firstBroken == -1) != reason.isEmpty()) {
            throw new IllegalArgumentException(
                    "A broken ledger names its first broken entry and why");
        }
    }

    /**
     * Returns the result of an intact ledger.
     *
     * @return the result
     */
    public static LedgerCheck intact() {
        return INTACT;
    }

    /**
     * Tells whether every entry verified.
     *
     * @return true if intact
     */
    public boolean isIntact() {
        return firstBroken == -1;
    }
}
