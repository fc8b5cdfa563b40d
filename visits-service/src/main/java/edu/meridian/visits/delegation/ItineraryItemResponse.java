package edu.meridian.visits.delegation;

import com.fasterxml.jackson.annotation.JsonInclude;

import java.time.LocalDate;
import java.time.LocalTime;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.List;
import java.util.UUID;

/**
 * An itinerary item as one reads it: local date and times at the university and the instants with their offset;
 * {@code acknowledgedConflicts} are the double bookings the caller confirmed when saving it, and who.
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record ItineraryItemResponse(
        UUID id,
        UUID delegationId,
        ItineraryKind kind,
        String title,
        LocalDate date,
        LocalTime startTime,
        LocalTime endTime,
        String timeZone,
        OffsetDateTime startsAt,
        OffsetDateTime endsAt,
        String venue,
        String host,
        String interpreter,
        List<AcknowledgedConflict> acknowledgedConflicts,
        String acknowledgedBy,
        long version) {

    static ItineraryItemResponse from(ItineraryItem item, ZoneId zone) {
        ZonedDateTime starts = item.startsAt.atZone(zone);
        ZonedDateTime ends = item.endsAt.atZone(zone);
        return new ItineraryItemResponse(item.id, item.delegationId, item.kind, item.title, starts.toLocalDate(),
                starts.toLocalTime(), ends.toLocalTime(), zone.getId(), starts.toOffsetDateTime(),
                ends.toOffsetDateTime(), item.venue, item.host, item.interpreter, List.copyOf(item.acknowledgedConflicts),
                item.acknowledgedBy, item.version);
    }
}
