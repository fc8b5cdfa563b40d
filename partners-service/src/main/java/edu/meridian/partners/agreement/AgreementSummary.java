package edu.meridian.partners.agreement;

import com.fasterxml.jackson.annotation.JsonInclude;
import edu.meridian.partners.institution.Institution;
import edu.meridian.web.Text;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/** An agreement in a list: enough to scan the register and open a record. */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record AgreementSummary(
        UUID id,
        String referenceCode,
        AgreementKind kind,
        Text title,
        AgreementState state,
        String signingUnit,
        List<AgreementResponse.Partner> partners,
        LocalDate effectiveDate,
        LocalDate expiryDate,
        boolean autoRenewal,
        String owner,
        UUID predecessorId,
        long version) {

    static AgreementSummary from(Agreement agreement, Map<UUID, Institution> institutions) {
        return new AgreementSummary(agreement.id, agreement.referenceCode, agreement.kind,
                new Text(agreement.titleZh, agreement.titleEn), agreement.state, agreement.signingUnit,
                agreement.partnerIds.stream().map(id -> AgreementResponse.Partner.of(id, institutions)).toList(),
                agreement.effectiveDate, agreement.expiryDate, agreement.autoRenewal, agreement.owner,
                agreement.predecessorId, agreement.version);
    }
}
