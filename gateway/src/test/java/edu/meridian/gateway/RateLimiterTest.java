package edu.meridian.gateway;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** The sliding window and the bounded memory of the limiter, with chosen instants (minute 0 starts at 0 ms). */
class RateLimiterTest {

    @Test
    void theLimitHoldsPerKey() {
        RateLimiter limiter = new RateLimiter(3, 100);
        for (int i = 0; i < 3; i++) {
            assertThat(limiter.acquire("bob", 1_000)).isZero();
        }
        assertThat(limiter.acquire("bob", 1_000)).as("seconds to wait").isPositive();
        assertThat(limiter.acquire("alice", 1_000)).isZero();
    }

    @Test
    void theWindowSlidesSoABurstAtAMinutesEndDoesNotDoubleTheLimit() {
        RateLimiter limiter = new RateLimiter(3, 100);
        for (int i = 0; i < 3; i++) {
            assertThat(limiter.acquire("bob", 59_000)).isZero();
        }
        // A fixed window would allow three more now, six in two seconds.
        assertThat(limiter.acquire("bob", 61_000)).isPositive();
        // At 60 s the whole previous minute still counts (3 of 3): a third of it has to slide out, 20 s.
        RateLimiter fresh = new RateLimiter(3, 100);
        for (int i = 0; i < 3; i++) {
            fresh.acquire("bob", 0);
        }
        assertThat(fresh.acquire("bob", 60_000)).isEqualTo(20);
        assertThat(fresh.acquire("bob", 79_000)).isPositive();
        assertThat(fresh.acquire("bob", 80_000)).isZero();
    }

    @Test
    void aRefusedRequestIsNotCounted() {
        RateLimiter limiter = new RateLimiter(1, 100);
        assertThat(limiter.acquire("bob", 0)).isZero();
        for (int i = 0; i < 50; i++) {
            assertThat(limiter.acquire("bob", 30_000)).isPositive();
        }
        assertThat(limiter.acquire("bob", 120_000)).isZero();
    }

    @Test
    void memoryIsBoundedByForgettingTheLeastRecentlySeenKey() {
        RateLimiter limiter = new RateLimiter(1, 2);
        limiter.acquire("a", 0);
        limiter.acquire("b", 0);
        assertThat(limiter.acquire("a", 0)).as("a is at its limit and now the most recently seen").isPositive();
        limiter.acquire("c", 0);
        assertThat(limiter.size()).isEqualTo(2);
        assertThat(limiter.acquire("a", 0)).as("a is still remembered").isPositive();
        assertThat(limiter.acquire("b", 0)).as("b was forgotten: a fresh budget").isZero();
        for (int i = 0; i < 10_000; i++) {
            limiter.acquire("user-" + i, 0);
        }
        assertThat(limiter.size()).isEqualTo(2);
    }
}
