package edu.meridian.programmes.briefing;

import com.fasterxml.jackson.annotation.JsonInclude;
import edu.meridian.web.Text;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

/** What a revision of a briefing keeps: everything the office reads except audit fields and registrations. */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record BriefingSnapshot(Text title, String description, BriefingFormat format, Campus campus, String venue,
        String link, Instant startsAt, Instant endsAt, int capacity, List<UUID> presentingPartners,
        List<UUID> schemeIds, List<UUID> callIds, BriefingState state) {

    public static BriefingSnapshot of(Briefing briefing) {
        return new BriefingSnapshot(new Text(briefing.titleZh, briefing.titleEn), briefing.description,
                briefing.format, briefing.campus, briefing.venue, briefing.link, briefing.startsAt, briefing.endsAt,
                briefing.capacity, List.copyOf(briefing.presentingPartners), List.copyOf(briefing.schemeIds),
                List.copyOf(briefing.callIds), briefing.state);
    }
}
