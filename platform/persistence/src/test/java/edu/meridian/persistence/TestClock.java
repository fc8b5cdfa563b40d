package edu.meridian.persistence;

import jakarta.enterprise.inject.Produces;
import jakarta.inject.Singleton;

import java.time.Clock;

/** In a service the Clock comes from platform/messaging; this test application has no messaging. */
@Singleton
class TestClock {

    @Produces
    @Singleton
    Clock clock() {
        return Clock.systemUTC();
    }
}
