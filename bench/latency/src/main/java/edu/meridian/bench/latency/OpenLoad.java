package edu.meridian.bench.latency;

import org.HdrHistogram.Histogram;
import org.HdrHistogram.Recorder;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.Locale;
import java.util.concurrent.Executors;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.locks.LockSupport;

/**
 * Sends GETs at a fixed arrival rate (open model) and prints one JSON object with the latency percentiles.
 *
 * <p>Each request's latency is counted from the moment it was due, not from when it was sent, so a server or client
 * that falls behind shows as latency instead of as fewer requests (coordinated omission corrected by construction).
 * A request still outstanding when {@code maxInFlight} are is counted as an error and not sent.
 *
 * <pre>java -cp … OpenLoad URL RATE_PER_S SECONDS [WARMUP_S] [HEADER: VALUE]…</pre>
 */
public final class OpenLoad {

    private static final int MAX_IN_FLIGHT = 1_000;

    public static void main(String[] args) throws Exception {
        if (args.length < 3) {
            System.err.println("usage: OpenLoad URL RATE_PER_S SECONDS [WARMUP_S] [HEADER: VALUE]...");
            System.exit(2);
        }
        URI uri = URI.create(args[0]);
        double rate = Double.parseDouble(args[1]);
        double seconds = Double.parseDouble(args[2]);
        double warmup = args.length > 3 ? Double.parseDouble(args[3]) : 0;
        HttpRequest.Builder builder = HttpRequest.newBuilder(uri).timeout(Duration.ofSeconds(10)).GET();
        for (int i = 4; i < args.length; i++) {
            int colon = args[i].indexOf(':');
            builder.header(args[i].substring(0, colon).trim(), args[i].substring(colon + 1).trim());
        }
        HttpRequest request = builder.build();
        HttpClient client = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
                .executor(Executors.newFixedThreadPool(4)).build();

        if (warmup > 0) {
            run(client, request, rate, warmup, new Recorder(3), new AtomicLong(), new AtomicLong());
        }
        Recorder recorder = new Recorder(3);
        AtomicLong errors = new AtomicLong();
        AtomicLong sent = new AtomicLong();
        long began = System.nanoTime();
        run(client, request, rate, seconds, recorder, errors, sent);
        double elapsed = (System.nanoTime() - began) / 1e9;
        Histogram histogram = recorder.getIntervalHistogram();
        System.out.println(json(rate, seconds, elapsed, sent.get(), errors.get(), histogram));
        System.exit(0);
    }

    private static void run(HttpClient client, HttpRequest request, double rate, double seconds, Recorder recorder,
            AtomicLong errors, AtomicLong sent) throws InterruptedException {
        long intervalNanos = (long) (1e9 / rate);
        long total = (long) (rate * seconds);
        Semaphore inFlight = new Semaphore(MAX_IN_FLIGHT);
        long start = System.nanoTime();
        for (long i = 0; i < total; i++) {
            long due = start + i * intervalNanos;
            long wait = due - System.nanoTime();
            if (wait > 0) {
                LockSupport.parkNanos(wait);
            }
            if (!inFlight.tryAcquire()) {
                errors.incrementAndGet();
                continue;
            }
            sent.incrementAndGet();
            client.sendAsync(request, HttpResponse.BodyHandlers.discarding()).whenComplete((response, failure) -> {
                long latency = System.nanoTime() - due;
                inFlight.release();
                if (failure != null || response.statusCode() >= 400) {
                    errors.incrementAndGet();
                }
                recorder.recordValue(TimeUnit.NANOSECONDS.toMicros(latency));
            });
        }
        if (!inFlight.tryAcquire(MAX_IN_FLIGHT, 15, TimeUnit.SECONDS)) {
            errors.addAndGet(MAX_IN_FLIGHT - inFlight.availablePermits());
        } else {
            inFlight.release(MAX_IN_FLIGHT);
        }
    }

    private static String json(double rate, double seconds, double elapsed, long sent, long errors, Histogram h) {
        return String.format(Locale.ROOT,
                "{\"rate\":%.1f,\"seconds\":%.1f,\"elapsedSeconds\":%.2f,\"sent\":%d,\"errors\":%d,\"count\":%d,"
                        + "\"p50Ms\":%.3f,\"p90Ms\":%.3f,\"p99Ms\":%.3f,\"p999Ms\":%.3f,\"maxMs\":%.3f}",
                rate, seconds, elapsed, sent, errors, h.getTotalCount(),
                h.getValueAtPercentile(50) / 1000.0, h.getValueAtPercentile(90) / 1000.0,
                h.getValueAtPercentile(99) / 1000.0, h.getValueAtPercentile(99.9) / 1000.0,
                h.getMaxValue() / 1000.0);
    }
}
