package edu.meridian.visits.delegation;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;

/**
 * What the caller writes into an itinerary item; blank texts are already null. The date and times are the
 * university's local time; {@link #in} gives the zone they are read in.
 */
public record ItineraryContent(
        ItineraryKind kind,
        String title,
        LocalDate date,
        LocalTime startTime,
        LocalTime endTime,
        String venue,
        String host,
        String interpreter,
        ZoneId zone) {

    ItineraryContent in(ZoneId universityZone) {
        return new ItineraryContent(kind, title, date, startTime, endTime, venue, host, interpreter, universityZone);
    }

    Instant startsAt() {
        return date.atTime(startTime).atZone(zone).toInstant();
    }

    Instant endsAt() {
        return date.atTime(endTime).atZone(zone).toInstant();
    }
}
