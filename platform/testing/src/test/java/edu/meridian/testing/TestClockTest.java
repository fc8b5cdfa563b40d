package edu.meridian.testing;

import org.junit.jupiter.api.Test;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;

import static org.assertj.core.api.Assertions.assertThat;

class TestClockTest {

    private static final Instant NEW_YEAR = Instant.parse("2034-12-31T16:30:00Z");

    private final TestClock clock = new TestClock();

    @Test
    void followsTheSystemClockUntilSet() {
        Instant before = Instant.now();
        assertThat(clock.instant()).isBetween(before, Instant.now());
    }

    @Test
    void staysAtTheInstantSetAndAdvancesFromIt() {
        clock.set(NEW_YEAR);
        assertThat(clock.instant()).isEqualTo(NEW_YEAR);

        clock.advance(Duration.ofDays(2));
        assertThat(clock.instant()).isEqualTo(NEW_YEAR.plus(Duration.ofDays(2)));
    }

    @Test
    void advancingAClockThatWasNotSetStartsFromNow() {
        Instant before = Instant.now();
        clock.advance(Duration.ofDays(30));
        assertThat(clock.instant()).isBetween(before.plus(Duration.ofDays(30)), Instant.now().plus(Duration.ofDays(30)));
    }

    @Test
    void resetReturnsToTheSystemClock() {
        clock.set(NEW_YEAR);
        clock.reset();
        assertThat(clock.instant()).isAfter(Instant.parse("2025-01-01T00:00:00Z")).isBefore(NEW_YEAR);
    }

    @Test
    void aViewInAnotherZoneFollowsTheInstantSetLater() {
        Clock shanghai = clock.withZone(ZoneId.of("Asia/Shanghai"));
        clock.set(NEW_YEAR);
        assertThat(LocalDate.now(shanghai)).isEqualTo(LocalDate.parse("2035-01-01"));
        assertThat(LocalDate.now(clock)).isEqualTo(LocalDate.parse("2034-12-31"));
        assertThat(shanghai.withZone(ZoneId.of("UTC")).instant()).isEqualTo(NEW_YEAR);
    }
}
