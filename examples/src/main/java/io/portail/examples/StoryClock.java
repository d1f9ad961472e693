package io.portail.examples;

import static java.util.Objects.requireNonNull;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;

/** A clock a story moves by hand, from one day of the story to the next. */
final class StoryClock extends Clock {
    private volatile Instant now;
    private final ZoneId zone;

    StoryClock(Instant now, ZoneId zone) {
        this.now = requireNonNull(now, "now");
        this.zone = requireNonNull(zone, "zone");
    }

    void set(Instant instant) {
        this.now = requireNonNull(instant, "instant");
    }

    @Override
    public ZoneId getZone() {
        return zone;
    }

    /** Returns a view in another zone that still follows this clock as the story moves it. */
    @Override
    public Clock withZone(ZoneId other) {
        if (other.equals(zone)) {
            return this;
        }
        StoryClock self = this;
        return new Clock() {
            @Override
            public ZoneId getZone() {
                return other;
            }

            @Override
            public Clock withZone(ZoneId again) {
                return self.withZone(again);
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
