package edu.meridian.web;

import io.micrometer.core.instrument.Timer;
import io.micrometer.core.instrument.distribution.CountAtBucket;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.util.Arrays;

import static org.assertj.core.api.Assertions.assertThat;

class HttpLatencyBucketsTest {

    @Test
    void theHttpServerTimerCountsRequestsIntoTheFixedLatencyBuckets() {
        SimpleMeterRegistry registry = new SimpleMeterRegistry();
        registry.config().meterFilter(HttpLatencyBuckets.filter());
        Timer timer = registry.timer(HttpLatencyBuckets.TIMER, "uri", "/api/partners/institutions");

        timer.record(Duration.ofMillis(30));
        timer.record(Duration.ofMillis(700));

        CountAtBucket[] buckets = timer.takeSnapshot().histogramCounts();
        assertThat(Arrays.stream(buckets).map(b -> Duration.ofNanos((long) b.bucket())))
                .containsExactly(HttpLatencyBuckets.BOUNDS);
        assertThat(countAt(buckets, Duration.ofMillis(25))).isZero();
        assertThat(countAt(buckets, Duration.ofMillis(50))).isEqualTo(1);
        assertThat(countAt(buckets, Duration.ofMillis(500))).isEqualTo(1);
        assertThat(countAt(buckets, Duration.ofSeconds(1))).isEqualTo(2);
    }

    @Test
    void otherTimersGetNoBuckets() {
        SimpleMeterRegistry registry = new SimpleMeterRegistry();
        registry.config().meterFilter(HttpLatencyBuckets.filter());
        Timer timer = registry.timer("meridian.outbox.relay");

        timer.record(Duration.ofMillis(30));

        assertThat(timer.takeSnapshot().histogramCounts()).isEmpty();
    }

    private static double countAt(CountAtBucket[] buckets, Duration bound) {
        return Arrays.stream(buckets).filter(b -> (long) b.bucket() == bound.toNanos()).findFirst().orElseThrow().count();
    }
}
