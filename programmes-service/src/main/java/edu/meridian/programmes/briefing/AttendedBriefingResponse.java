package edu.meridian.programmes.briefing;

import com.fasterxml.jackson.annotation.JsonInclude;
import edu.meridian.web.Text;

import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.util.UUID;

/** A briefing an applicant attended before applying, as the application shows it. */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record AttendedBriefingResponse(UUID id, Text title, BriefingFormat format, Campus campus, Text campusName,
        OffsetDateTime startsAt) {

    static AttendedBriefingResponse from(Briefing briefing, ZoneId zone) {
        return new AttendedBriefingResponse(briefing.id, new Text(briefing.titleZh, briefing.titleEn), briefing.format,
                briefing.campus, briefing.campus == null ? null : briefing.campus.displayName(),
                briefing.startsAt.atZone(zone).toOffsetDateTime());
    }
}
