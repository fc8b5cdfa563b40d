package edu.meridian.partners.agreement;

import com.fasterxml.jackson.annotation.JsonInclude;
import edu.meridian.web.Text;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

/** What a revision of an agreement keeps: everything readers see except audit fields. */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record AgreementSnapshot(
        String referenceCode,
        AgreementKind kind,
        Text title,
        String signingUnit,
        AgreementState state,
        List<UUID> partnerIds,
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
        String terminationReason,
        String reviewComment,
        Integer lastAlertDays,
        String owner) {

    public static AgreementSnapshot of(Agreement agreement) {
        return new AgreementSnapshot(agreement.referenceCode, agreement.kind,
                new Text(agreement.titleZh, agreement.titleEn), agreement.signingUnit, agreement.state,
                List.copyOf(agreement.partnerIds), agreement.effectiveDate, agreement.expiryDate, agreement.autoRenewal,
                agreement.renewalPeriodMonths, agreement.noticePeriodDays, List.copyOf(agreement.signatories),
                List.copyOf(agreement.obligations), List.copyOf(agreement.conditions), agreement.notes,
                agreement.predecessorId, agreement.terminationReason, agreement.reviewComment, agreement.lastAlertDays, agreement.owner);
    }
}
