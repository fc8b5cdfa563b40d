package edu.meridian.visits.booking;

import java.text.Normalizer;
import java.time.Instant;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.UUID;

/**
 * A time that holds a host, an interpreter and a venue: an itinerary item of a visit, a lecture of an expert. Any of
 * the three may be unnamed. The time is half-open, so a meeting ending at ten and one starting at ten do not clash.
 */
public record Booking(UUID id, Instant start, Instant end, String host, String interpreter, String venue) {

    public Booking {
        Objects.requireNonNull(id);
        Objects.requireNonNull(start);
        Objects.requireNonNull(end);
        if (!end.isAfter(start)) {
            throw new IllegalArgumentException("A booking ends after it starts: " + start + " … " + end);
        }
    }

    boolean overlaps(Booking other) {
        return start.isBefore(other.end) && other.start.isBefore(end);
    }

    /** The named resources, each under the key it is compared by (see {@link #sameName}). */
    Map<Resource, String> resources() {
        Map<Resource, String> named = new EnumMap<>(Resource.class);
        put(named, Resource.host, host);
        put(named, Resource.interpreter, interpreter);
        put(named, Resource.venue, venue);
        return named;
    }

    private static void put(Map<Resource, String> named, Resource resource, String name) {
        String key = sameName(name);
        if (!key.isEmpty()) {
            named.put(resource, key);
        }
    }

    /**
     * The names this booking holds, as {@code resource:name} in the form they are compared by, sorted: two bookings
     * that may clash share one. Locked in this order by every writer, they cannot deadlock.
     */
    public List<String> lockNames() {
        return resources().entrySet().stream().map(named -> named.getKey() + ":" + named.getValue()).sorted().toList();
    }

    /**
     * The form two spellings of one name share: full-width and half-width characters alike (NFKC, as Chinese input
     * methods type both), case and runs of spaces ignored. "Room 301", "room  301" and "Ｒｏｏｍ ３０１" are one room.
     */
    static String sameName(String name) {
        if (name == null) {
            return "";
        }
        return Normalizer.normalize(name, Normalizer.Form.NFKC).strip().replaceAll("\\s+", " ").toLowerCase(Locale.ROOT);
    }
}
