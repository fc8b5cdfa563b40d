package edu.meridian.programmes.call;

import com.fasterxml.jackson.annotation.JsonInclude;
import edu.meridian.programmes.scheme.SchemeKind;
import edu.meridian.web.DateRange;
import edu.meridian.web.Text;

import java.util.List;
import java.util.UUID;

/**
 * The {@code data} of call events: what the SPA's notifications and campus systems need without calling back — where
 * to, how many places, when. Never the reviewers, the budget or anything about applicants.
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record CallEventData(
        UUID callId,
        UUID schemeId,
        SchemeKind schemeKind,
        Text title,
        String academicYear,
        Direction direction,
        MobilityType mobilityType,
        DateRange window,
        CallState state,
        CallState previousState,
        List<Destination> destinations,
        long version) {

    public record Destination(UUID institutionId, UUID agreementId, int places) {
    }

    static CallEventData of(Call call, SchemeKind schemeKind, CallState previousState) {
        return new CallEventData(call.id, call.schemeId, schemeKind, new Text(call.titleZh, call.titleEn),
                call.academicYear, call.direction, call.mobilityType, DateRange.of(call.opensOn, call.closesOn),
                call.state, previousState,
                call.destinations.stream().map(d -> new Destination(d.institutionId, d.agreementId, d.places)).toList(),
                call.version);
    }
}
