package edu.meridian.programmes.briefing;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.List;
import java.util.UUID;

/**
 * What the office writes into a briefing; blank texts are already null. The date and times are the university's
 * local time ({@code meridian.time-zone}), as people read them on the poster.
 */
public record BriefingContent(
        String titleZh,
        String titleEn,
        String description,
        BriefingFormat format,
        Campus campus,
        String venue,
        String link,
        LocalDate date,
        LocalTime startTime,
        LocalTime endTime,
        int capacity,
        List<UUID> presentingPartners,
        List<UUID> schemeIds,
        List<UUID> callIds,
        ZoneId zone) {

    public BriefingContent {
        presentingPartners = presentingPartners == null ? List.of() : List.copyOf(presentingPartners);
        schemeIds = schemeIds == null ? List.of() : List.copyOf(schemeIds);
        callIds = callIds == null ? List.of() : List.copyOf(callIds);
    }

    /** The same content read in this time zone. */
    BriefingContent in(ZoneId universityZone) {
        return new BriefingContent(titleZh, titleEn, description, format, campus, venue, link, date, startTime, endTime,
                capacity, presentingPartners, schemeIds, callIds, universityZone);
    }

    Instant startsAt() {
        return date.atTime(startTime).atZone(zone).toInstant();
    }

    Instant endsAt() {
        return date.atTime(endTime).atZone(zone).toInstant();
    }
}
