package edu.meridian.programmes.scheme;

import com.fasterxml.jackson.annotation.JsonInclude;
import edu.meridian.programmes.partner.PartnerAgreement;
import edu.meridian.programmes.partner.PartnerInstitution;
import edu.meridian.web.Text;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/** A scheme as one reads it, each destination with its partner's name and country and its agreement's state. */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record SchemeResponse(
        UUID id,
        SchemeKind kind,
        Text title,
        String description,
        String fundingRules,
        List<SchemeDestinationResponse> destinations,
        long version,
        Instant createdAt,
        String createdBy,
        Instant updatedAt,
        String updatedBy) {

    /** A destination as the partners projection knows it now; names are missing only for a partner it has not heard of. */
    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record SchemeDestinationResponse(UUID institutionId, Text name, String country, UUID agreementId,
            String agreementReference, String agreementState, Boolean agreementInForce, LocalDate agreementExpiryDate) {

        public static SchemeDestinationResponse of(UUID institutionId, UUID agreementId, PartnerInstitution institution,
                PartnerAgreement agreement) {
            return new SchemeDestinationResponse(institutionId,
                    institution == null ? null : new Text(institution.nameZh, institution.nameEn),
                    institution == null ? null : institution.country, agreementId,
                    agreement == null ? null : agreement.referenceCode, agreement == null ? null : agreement.state,
                    agreement == null ? null : agreement.inForce(), agreement == null ? null : agreement.expiryDate);
        }
    }

    static SchemeResponse from(Scheme scheme, Map<UUID, PartnerInstitution> institutions,
            Map<UUID, PartnerAgreement> agreements) {
        return new SchemeResponse(scheme.id, scheme.kind, new Text(scheme.titleZh, scheme.titleEn), scheme.description,
                scheme.fundingRules, scheme.destinations.stream()
                        .map(destination -> SchemeDestinationResponse.of(destination.institutionId, destination.agreementId,
                                institutions.get(destination.institutionId), agreements.get(destination.agreementId)))
                        .toList(),
                scheme.version, scheme.createdAt, scheme.createdBy, scheme.updatedAt, scheme.updatedBy);
    }
}
