package edu.meridian.gateway;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Fixed one-minute windows per key (a user or a client address). Small and in memory: one gateway replica counts
 * its own requests, which is what a per-replica limit in front of the services needs.
 */
final class RateLimiter {

    private static final long WINDOW_MILLIS = 60_000;

    private final int limit;
    private final Map<String, Window> windows = new ConcurrentHashMap<>();

    RateLimiter(int limit) {
        this.limit = limit;
    }

    /** 0 when the request may pass, else the seconds until the key's window ends (for Retry-After). */
    long acquire(String key, long nowMillis) {
        Window window = windows.compute(key, (k, current) ->
                current == null || nowMillis - current.start >= WINDOW_MILLIS ? new Window(nowMillis, 1) : current.plusOne());
        if (windows.size() > 100_000) {
            windows.values().removeIf(w -> nowMillis - w.start >= WINDOW_MILLIS);
        }
        if (window.count <= limit) {
            return 0;
        }
        return Math.max(1, (window.start + WINDOW_MILLIS - nowMillis + 999) / 1000);
    }

    private record Window(long start, int count) {
        Window plusOne() {
            return new Window(start, count + 1);
        }
    }
}
