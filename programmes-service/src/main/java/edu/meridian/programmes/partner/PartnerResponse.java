package edu.meridian.programmes.partner;

import com.fasterxml.jackson.annotation.JsonInclude;
import edu.meridian.web.Text;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

/** A partner institution as this service knows it from partners' events, with the agreements that name it. */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record PartnerResponse(
        UUID id,
        Text name,
        String abbreviation,
        String country,
        Text countryName,
        String status,
        List<Agreement> agreements) {

    /** An agreement as programmes need it: its state, dates and the places it offers. */
    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record Agreement(UUID id, String referenceCode, String kind, Text title, String state, boolean inForce,
            LocalDate effectiveDate, LocalDate expiryDate, List<Condition> conditions) {

        public static Agreement of(PartnerAgreement agreement) {
            return new Agreement(agreement.id, agreement.referenceCode, agreement.kind,
                    new Text(agreement.titleZh, agreement.titleEn), agreement.state, agreement.inForce(),
                    agreement.effectiveDate, agreement.expiryDate, List.copyOf(agreement.conditions));
        }
    }

    static PartnerResponse from(PartnerInstitution institution, List<PartnerAgreement> agreements) {
        Text countryName = institution.countryNameEn == null ? null
                : new Text(institution.countryNameZh, institution.countryNameEn);
        return new PartnerResponse(institution.id, new Text(institution.nameZh, institution.nameEn),
                institution.abbreviation, institution.country, countryName, institution.status,
                agreements.stream().map(Agreement::of).toList());
    }
}
