package edu.meridian.programmes.call;

import com.fasterxml.jackson.annotation.JsonInclude;
import edu.meridian.web.DateRange;
import edu.meridian.web.Text;

import java.util.List;
import java.util.UUID;

/** What a revision of a call keeps: everything the office reads except audit fields. */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record CallSnapshot(UUID schemeId, Text title, String academicYear, Direction direction,
        MobilityType mobilityType, DateRange window, CallState state, List<Destination> destinations,
        Eligibility eligibility, List<RequiredDocument> requiredDocuments, List<Criterion> criteria,
        List<String> reviewers, Budget budget, List<CallFlag> flags) {

    public record Destination(UUID institutionId, UUID agreementId, int places, String overrideReason) {
    }

    public static CallSnapshot of(Call call) {
        return new CallSnapshot(call.schemeId, new Text(call.titleZh, call.titleEn), call.academicYear, call.direction,
                call.mobilityType, DateRange.of(call.opensOn, call.closesOn), call.state,
                call.destinations.stream().map(d -> new Destination(d.institutionId, d.agreementId, d.places,
                        d.overrideReason)).toList(),
                call.eligibility, List.copyOf(call.requiredDocuments), List.copyOf(call.criteria),
                List.copyOf(call.reviewers), call.budget, List.copyOf(call.flags));
    }
}
