package edu.meridian.partners.jointprogramme;

import com.fasterxml.jackson.annotation.JsonInclude;
import edu.meridian.partners.institution.Institution;
import edu.meridian.web.Countries;
import edu.meridian.web.DateRange;
import edu.meridian.web.Text;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

/** A joint programme as one reads it, with the foreign partner's name and country and the caller's transitions. */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record JointProgrammeResponse(
        UUID id,
        Text name,
        JointProgrammeRequest.ChinesePartner chinesePartner,
        UUID foreignPartnerId,
        Partner foreignPartner,
        String certificateNumber,
        String issuingAuthority,
        DateRange approvalValidity,
        List<Major> majors,
        JointProgrammeLevel level,
        int durationYears,
        String mode,
        int annualIntake,
        CredentialsAwarded credentialsAwarded,
        BigDecimal importedCoreCourseShare,
        List<CreditRecognition> creditRecognition,
        JointProgrammeStatus status,
        List<JointProgrammeStatus> allowedTransitions,
        long version,
        Instant createdAt,
        String createdBy,
        Instant updatedAt,
        String updatedBy) {

    /** A partner institution as other records show it. */
    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record Partner(UUID id, Text name, String abbreviation, String country, Text countryName) {

        static Partner of(Institution institution) {
            return institution == null ? null : new Partner(institution.id,
                    new Text(institution.nameZh, institution.nameEn), institution.abbreviation, institution.country,
                    Countries.nameOf(institution.country));
        }
    }

    static JointProgrammeResponse from(JointProgramme programme, Institution foreignPartner,
            List<JointProgrammeStatus> allowedTransitions) {
        return new JointProgrammeResponse(programme.id, new Text(programme.nameZh, programme.nameEn),
                new JointProgrammeRequest.ChinesePartner(new Text(programme.chinesePartnerZh, programme.chinesePartnerEn),
                        programme.chinesePartnerUnit),
                programme.foreignPartnerId, Partner.of(foreignPartner), programme.certificateNumber,
                programme.issuingAuthority, DateRange.of(programme.approvedFrom, programme.approvedTo),
                List.copyOf(programme.majors), programme.level, programme.durationYears, programme.mode,
                programme.annualIntake, programme.credentialsAwarded, programme.importedCoreShare,
                List.copyOf(programme.creditRecognition), programme.status, allowedTransitions, programme.version,
                programme.createdAt, programme.createdBy, programme.updatedAt, programme.updatedBy);
    }
}
