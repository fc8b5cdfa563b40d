package edu.meridian.programmes.briefing;

import com.fasterxml.jackson.annotation.JsonInclude;
import edu.meridian.programmes.partner.PartnerInstitution;
import edu.meridian.web.Text;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * A briefing as one reads it: when in the university's local time ({@code date}, {@code startTime}, {@code endTime},
 * {@code timeZone}) and as instants with their offset ({@code startsAt}, {@code endsAt}); the places taken and left;
 * each presenting partner with its name; and, for a student or teacher, their own registration if they have one.
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record BriefingResponse(
        UUID id,
        Text title,
        String description,
        BriefingFormat format,
        Campus campus,
        Text campusName,
        String venue,
        String link,
        LocalDate date,
        LocalTime startTime,
        LocalTime endTime,
        String timeZone,
        OffsetDateTime startsAt,
        OffsetDateTime endsAt,
        int capacity,
        long placesTaken,
        long placesLeft,
        List<Presenter> presentingPartners,
        List<UUID> schemeIds,
        List<UUID> callIds,
        BriefingState state,
        List<BriefingState> allowedTransitions,
        MyRegistration myRegistration,
        long version,
        Instant createdAt,
        String createdBy,
        Instant updatedAt,
        String updatedBy) {

    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record Presenter(UUID institutionId, Text name, String country) {
    }

    /** The caller's own registration for this briefing. */
    public record MyRegistration(UUID id, RegistrationState state) {
    }

    static BriefingResponse from(Briefing briefing, ZoneId zone, long placesTaken,
            Map<UUID, PartnerInstitution> institutions, List<BriefingState> allowedTransitions, Registration mine) {
        ZonedDateTime starts = briefing.startsAt.atZone(zone);
        ZonedDateTime ends = briefing.endsAt.atZone(zone);
        List<Presenter> presenters = briefing.presentingPartners.stream().map(id -> {
            PartnerInstitution institution = institutions.get(id);
            return institution == null ? new Presenter(id, null, null)
                    : new Presenter(id, new Text(institution.nameZh, institution.nameEn), institution.country);
        }).toList();
        return new BriefingResponse(briefing.id, new Text(briefing.titleZh, briefing.titleEn), briefing.description,
                briefing.format, briefing.campus, briefing.campus == null ? null : briefing.campus.displayName(),
                briefing.venue, briefing.link, starts.toLocalDate(), starts.toLocalTime(), ends.toLocalTime(),
                zone.getId(), starts.toOffsetDateTime(), ends.toOffsetDateTime(), briefing.capacity, placesTaken,
                Math.max(0, briefing.capacity - placesTaken), presenters, List.copyOf(briefing.schemeIds),
                List.copyOf(briefing.callIds), briefing.state, allowedTransitions,
                mine == null ? null : new MyRegistration(mine.id, mine.state), briefing.version, briefing.createdAt,
                briefing.createdBy, briefing.updatedAt, briefing.updatedBy);
    }
}
