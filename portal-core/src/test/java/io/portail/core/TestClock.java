package io.portail.core;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;

/** A clock the test moves by hand. Not thread-safe for writers; reads are volatile. */
public final class TestClock extends Clock {
    private volatile Instant now;
    private final ZoneId zone;

    /**
     * Creates the clock.
     *
     * @param now the instant it shows
     * @param zone its zone
     */
    public TestClock(Instant now, ZoneId zone) {
        this.now = now;
        this.zone = zone;
    }

    /**
     * Sets the instant.
     *
     * @param instant the instant
     */
    public void set(Instant instant) {
        this.now = instant;
    }

    /**
     * Moves the clock forward.
     *
     * @param duration how long
     */
    public void advance(Duration duration) {
        this.now = now.plus(duration);
    }

    @Override
    public ZoneId getZone() {
        return zone;
    }

    @Override
    public Clock withZone(ZoneId zone) {
        TestClock self = this;
        return new Clock() {
            @Override
            public ZoneId getZone() {
                return zone;
            }

            @Override
            public Clock withZone(ZoneId other) {
                return self.withZone(other);
            }

            @Override
            public Instant instant() {
                return self.instant();
            }
        };
    }

    @Override
    public Instant instant() {
        return now;
    }
}
