package edu.meridian.programmes.briefing;

import edu.meridian.web.Text;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

/**
 * Registrations and attendance per briefing and per presenting partner. {@code applications} is the conversion: the
 * applications the briefing brought (an attendee's application to a call the briefing was about, submitted after it;
 * {@link BriefingConversion}), and for a partner those of them that choose the partner.
 */
public record BriefingFiguresReport(List<PerBriefing> briefings, List<PerPartner> partners) {

    /** {@code registered}: registrations taking a place (registered, attended or absent). */
    public record PerBriefing(UUID briefingId, Text title, LocalDate date, BriefingFormat format, Campus campus,
            BriefingState state, int capacity, long registered, long attended, long absent, long cancelled,
            long applications) {
    }

    /** The sums over the briefings the partner presented at. */
    public record PerPartner(UUID institutionId, Text name, String country, long briefings, long registered,
            long attended, long applications) {
    }
}
