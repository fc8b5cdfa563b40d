package edu.meridian.web;

import io.micrometer.core.instrument.Meter;
import io.micrometer.core.instrument.config.MeterFilter;
import io.micrometer.core.instrument.distribution.DistributionStatisticConfig;
import jakarta.enterprise.inject.Produces;
import jakarta.inject.Singleton;

import java.time.Duration;
import java.util.stream.Stream;

/**
 * Gives the HTTP server timer ({@code http.server.requests}) fixed latency buckets, so Prometheus can compute
 * percentiles across replicas ({@code histogram_quantile(0.99, …http_server_requests_seconds_bucket…)}, the p99 alert
 * of k8s/base/monitoring.yaml). A few fixed buckets keep the number of series small.
 */
public final class HttpLatencyBuckets {

    public static final String TIMER = "http.server.requests";

    static final Duration[] BOUNDS = Stream.of(25, 50, 100, 250, 500, 1000, 2500, 5000, 10000)
            .map(Duration::ofMillis)
            .toArray(Duration[]::new);

    @Produces
    @Singleton
    MeterFilter httpLatencyBuckets() {
        return filter();
    }

    static MeterFilter filter() {
        return new MeterFilter() {
            @Override
            public DistributionStatisticConfig configure(Meter.Id id, DistributionStatisticConfig config) {
                if (!TIMER.equals(id.getName())) {
                    return config;
                }
                double[] nanos = Stream.of(BOUNDS).mapToDouble(Duration::toNanos).toArray();
                return DistributionStatisticConfig.builder().serviceLevelObjectives(nanos).build().merge(config);
            }
        };
    }
}
