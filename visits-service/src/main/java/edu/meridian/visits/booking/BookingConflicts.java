package edu.meridian.visits.booking;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * Double bookings are warned about, not refused: the same host, interpreter or venue in two bookings whose times
 * overlap. The caller sees the list and may confirm (a host can chair two short meetings in one room on purpose).
 */
public final class BookingConflicts {

    private BookingConflicts() {
    }

    /** One clash: the resource as the candidate names it, the other booking and when the two overlap. */
    public record Conflict(Resource resource, String name, UUID otherBooking, Instant from, Instant until) {
    }

    /**
     * The clashes of {@code candidate} with {@code others}, by time and then resource. A booking never clashes with
     * itself, so an edited item can be checked against a list that still holds its old version.
     */
    public static List<Conflict> of(Booking candidate, List<Booking> others) {
        Map<Resource, String> wanted = candidate.resources();
        List<Conflict> conflicts = new ArrayList<>();
        for (Booking other : others) {
            if (other.id().equals(candidate.id()) || !candidate.overlaps(other)) {
                continue;
            }
            Map<Resource, String> held = other.resources();
            wanted.forEach((resource, name) -> {
                if (name.equals(held.get(resource))) {
                    conflicts.add(new Conflict(resource, nameAsGiven(candidate, resource), other.id(),
                            max(candidate.start(), other.start()), min(candidate.end(), other.end())));
                }
            });
        }
        conflicts.sort(Comparator.comparing(Conflict::from).thenComparing(Conflict::resource)
                .thenComparing(Conflict::otherBooking));
        return conflicts;
    }

    private static String nameAsGiven(Booking booking, Resource resource) {
        return switch (resource) {
            case host -> booking.host().strip();
            case interpreter -> booking.interpreter().strip();
            case venue -> booking.venue().strip();
        };
    }

    private static Instant max(Instant a, Instant b) {
        return a.isAfter(b) ? a : b;
    }

    private static Instant min(Instant a, Instant b) {
        return a.isBefore(b) ? a : b;
    }
}
