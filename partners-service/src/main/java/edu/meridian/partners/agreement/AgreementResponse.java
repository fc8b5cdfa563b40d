package edu.meridian.partners.agreement;

import com.fasterxml.jackson.annotation.JsonInclude;
import edu.meridian.partners.institution.Institution;
import edu.meridian.web.Text;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/** An agreement as one reads it, with what the caller may do with it now. */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record AgreementResponse(
        UUID id,
        String referenceCode,
        AgreementKind kind,
        Text title,
        String signingUnit,
        AgreementState state,
        List<Partner> partners,
        LocalDate effectiveDate,
        LocalDate expiryDate,
        boolean autoRenewal,
        Integer renewalPeriodMonths,
        Integer noticePeriodDays,
        List<Signatory> signatories,
        List<Obligation> obligations,
        List<CooperationCondition> conditions,
        String notes,
        UUID predecessorId,
        UUID successorId,
        String terminationReason,
        String reviewComment,
        Integer lastAlertDays,
        String owner,
        long version,
        Instant createdAt,
        String createdBy,
        Instant updatedAt,
        String updatedBy,
        List<AgreementState> allowedTransitions,
        List<String> allowedActions) {

    /** A partner institution of an agreement, named. */
    public record Partner(UUID id, Text name, String country) {

        static Partner of(UUID id, Map<UUID, Institution> institutions) {
            Institution institution = institutions.get(id);
            return institution == null ? new Partner(id, null, null)
                    : new Partner(id, new Text(institution.nameZh, institution.nameEn), institution.country);
        }
    }

    static AgreementResponse from(Agreement agreement, Map<UUID, Institution> institutions, UUID successorId,
            List<AgreementState> allowedTransitions, List<String> allowedActions) {
        return new AgreementResponse(agreement.id, agreement.referenceCode, agreement.kind,
                new Text(agreement.titleZh, agreement.titleEn), agreement.signingUnit, agreement.state,
                agreement.partnerIds.stream().map(id -> Partner.of(id, institutions)).toList(),
                agreement.effectiveDate, agreement.expiryDate, agreement.autoRenewal, agreement.renewalPeriodMonths,
                agreement.noticePeriodDays, List.copyOf(agreement.signatories), List.copyOf(agreement.obligations),
                List.copyOf(agreement.conditions), agreement.notes, agreement.predecessorId, successorId,
                agreement.terminationReason, agreement.reviewComment, agreement.lastAlertDays, agreement.owner,
                agreement.version, agreement.createdAt, agreement.createdBy, agreement.updatedAt, agreement.updatedBy,
                allowedTransitions, allowedActions);
    }
}
