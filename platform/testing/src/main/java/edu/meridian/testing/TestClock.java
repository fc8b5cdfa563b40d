package edu.meridian.testing;

import jakarta.annotation.Priority;
import jakarta.enterprise.inject.Alternative;
import jakarta.inject.Singleton;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;

/**
 * The {@link Clock} bean of every service in its Quarkus tests: the system clock, until a test sets an instant
 * (or advances it) and resets it afterwards. Inject it as {@code @Inject TestClock clock}.
 * Views in other zones ({@link #withZone}) follow the instant that is set.
 * <p>
 * Priority 0, so that a clock alternative of a service's own (priority 1 or more) wins over this one.
 */
@Alternative
@Priority(0)
@Singleton
public class TestClock extends Clock {

    private volatile Instant fixed;

    public void set(Instant instant) {
        this.fixed = instant;
    }

    /** Moves the clock forward (or back, with a negative amount); a clock that was not set starts from now. */
    public void advance(Duration amount) {
        this.fixed = instant().plus(amount);
    }

    /** Back to the system clock. */
    public void reset() {
        this.fixed = null;
    }

    @Override
    public Instant instant() {
        Instant now = fixed;
        return now != null ? now : Instant.now();
    }

    @Override
    public ZoneId getZone() {
        return ZoneOffset.UTC;
    }

    @Override
    public Clock withZone(ZoneId zone) {
        TestClock source = this;
        return new Clock() {
            @Override
            public ZoneId getZone() {
                return zone;
            }

            @Override
            public Clock withZone(ZoneId other) {
                return source.withZone(other);
            }

            @Override
            public Instant instant() {
                return source.instant();
            }
        };
    }
}
