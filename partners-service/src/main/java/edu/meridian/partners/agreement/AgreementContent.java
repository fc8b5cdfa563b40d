package edu.meridian.partners.agreement;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

/**
 * What a person writes into an agreement when drafting or editing it. Lifecycle fields (state, termination reason,
 * expiry alerts, predecessor) are not here: they change only through transitions, the expiry job and renewals.
 *
 * @param referenceCode null to keep the current one (or generate one for a new agreement)
 * @param signingUnit   null for the caller's own unit (a liaison's is always their own) or, on update, the current one
 * @param owner         null for the creator or, on update, the current owner; only the office may name someone else
 */
public record AgreementContent(
        String referenceCode,
        AgreementKind kind,
        String titleZh,
        String titleEn,
        String signingUnit,
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
        String owner) {

    public AgreementContent {
        partnerIds = partnerIds == null ? List.of() : List.copyOf(partnerIds);
        signatories = signatories == null ? List.of() : List.copyOf(signatories);
        obligations = obligations == null ? List.of() : List.copyOf(obligations);
        conditions = conditions == null ? List.of() : List.copyOf(conditions);
    }
}
