package edu.meridian.visits.delegation;

import edu.meridian.visits.booking.BookingConflicts;
import edu.meridian.visits.booking.Resource;

import java.time.Instant;
import java.util.UUID;

/**
 * A double booking: the resource as the caller named it, the other item and its delegation, and when the two overlap.
 * Stored with an item when the caller confirmed it; listed in the 409 when they had not.
 */
public record AcknowledgedConflict(Resource resource, String name, UUID otherItem, UUID otherDelegation, Instant from,
        Instant until) {

    static AcknowledgedConflict of(BookingConflicts.Conflict conflict, UUID otherDelegation) {
        return new AcknowledgedConflict(conflict.resource(), conflict.name(), conflict.otherBooking(), otherDelegation,
                conflict.from(), conflict.until());
    }
}
