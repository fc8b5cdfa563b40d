package edu.meridian.gateway;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * A sliding one-minute window per key (a user or a client address): the count of the current minute plus the
 * previous minute's count weighted by how much of it still lies inside the last 60 s, so a burst at a minute's end
 * does not double the limit. At most {@code capacity} keys are kept; beyond that the least recently seen key is
 * forgotten, in constant time, so memory is bounded without sweeping the map on the event loop. One gateway replica
 * counts its own requests, which is what a per-replica limit in front of the services needs.
 */
final class RateLimiter {

    static final long WINDOW_MILLIS = 60_000;

    private final int limit;
    private final Map<String, Window> windows;

    RateLimiter(int limit, int capacity) {
        this.limit = limit;
        this.windows = new LinkedHashMap<>(Math.min(capacity, 1024), 0.75f, true) {
            @Override
            protected boolean removeEldestEntry(Map.Entry<String, Window> eldest) {
                return size() > capacity;
            }
        };
    }

    /** 0 when the request may pass (and is counted), else the seconds until it would (for Retry-After). */
    long acquire(String key, long nowMillis) {
        long minute = nowMillis / WINDOW_MILLIS;
        double elapsed = (nowMillis % WINDOW_MILLIS) / (double) WINDOW_MILLIS;
        synchronized (windows) {
            Window window = windows.computeIfAbsent(key, k -> new Window());
            window.moveTo(minute);
            if (window.previous * (1 - elapsed) + window.current + 1 <= limit) {
                window.current++;
                return 0;
            }
            return secondsUntilFree(window, elapsed);
        }
    }

    int size() {
        synchronized (windows) {
            return windows.size();
        }
    }

    /** When the weighted count has slid down far enough for one more request. */
    private long secondsUntilFree(Window window, double elapsed) {
        double wait;
        if (window.current + 1 <= limit) {
            // Within this minute, once enough of the previous one has slid out: previous·(1−f) ≤ limit − current − 1.
            wait = (1 - (limit - window.current - 1) / (double) window.previous) - elapsed;
        } else {
            // Next minute, once enough of this one has slid out: current·(1−f) ≤ limit − 1.
            wait = (1 - elapsed) + Math.max(0, 1 - (limit - 1) / (double) window.current);
        }
        long millis = Math.round(wait * WINDOW_MILLIS);
        return Math.max(1, (millis + 999) / 1000);
    }

    private static final class Window {
        long minute = Long.MIN_VALUE;
        int previous;
        int current;

        void moveTo(long now) {
            if (now == minute) {
                return;
            }
            previous = now == minute + 1 ? current : 0;
            current = 0;
            minute = now;
        }
    }
}
