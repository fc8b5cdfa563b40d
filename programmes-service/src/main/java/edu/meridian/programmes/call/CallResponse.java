package edu.meridian.programmes.call;

import com.fasterxml.jackson.annotation.JsonInclude;
import edu.meridian.persistence.AcademicYear;
import edu.meridian.programmes.partner.PartnerAgreement;
import edu.meridian.programmes.partner.PartnerInstitution;
import edu.meridian.web.DateRange;
import edu.meridian.web.Text;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * A call as one reads it: each destination with its partner, its agreement's state and the places that agreement
 * offers for the call's direction, mobility type and year, beside the places the call offers. Reviewers, budget and
 * flags only for those who work on calls ({@code internal}), never for applicants.
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record CallResponse(
        UUID id,
        UUID schemeId,
        Text title,
        String academicYear,
        Direction direction,
        MobilityType mobilityType,
        DateRange window,
        CallState state,
        List<CallState> allowedTransitions,
        List<CallDestinationResponse> destinations,
        Eligibility eligibility,
        List<RequiredDocument> requiredDocuments,
        List<Criterion> criteria,
        List<String> reviewers,
        Budget budget,
        List<CallFlag> flags,
        long version,
        Instant createdAt,
        String createdBy,
        Instant updatedAt,
        String updatedBy) {

    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record CallDestinationResponse(UUID institutionId, Text name, String country, UUID agreementId,
            String agreementReference, String agreementState, Boolean agreementInForce, int places,
            Integer placesOffered, String overrideReason) {
    }

    static CallResponse from(Call call, Map<UUID, PartnerInstitution> institutions,
            Map<UUID, PartnerAgreement> agreements, List<CallState> allowedTransitions, boolean internal) {
        AcademicYear year = AcademicYear.parse(call.academicYear);
        List<CallDestinationResponse> destinations = call.destinations.stream().map(destination -> {
            PartnerInstitution institution = institutions.get(destination.institutionId);
            PartnerAgreement agreement = agreements.get(destination.agreementId);
            return new CallDestinationResponse(destination.institutionId,
                    institution == null ? null : new Text(institution.nameZh, institution.nameEn),
                    institution == null ? null : institution.country, destination.agreementId,
                    agreement == null ? null : agreement.referenceCode, agreement == null ? null : agreement.state,
                    agreement == null ? null : agreement.inForce(), destination.places,
                    agreement == null ? null : CallRules.placesOffered(agreement.conditions, call.direction,
                            call.mobilityType, year),
                    internal ? destination.overrideReason : null);
        }).toList();
        return new CallResponse(call.id, call.schemeId, new Text(call.titleZh, call.titleEn), call.academicYear,
                call.direction, call.mobilityType, DateRange.of(call.opensOn, call.closesOn), call.state,
                allowedTransitions, destinations, call.eligibility, List.copyOf(call.requiredDocuments),
                List.copyOf(call.criteria), internal ? List.copyOf(call.reviewers) : null,
                internal ? call.budget : null, internal ? List.copyOf(call.flags) : null, call.version,
                call.createdAt, call.createdBy, call.updatedAt, call.updatedBy);
    }
}
