package edu.meridian.partners.jointprogramme;

import com.fasterxml.jackson.annotation.JsonInclude;
import edu.meridian.web.Text;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

/** What a revision of a joint programme keeps: everything readers see except audit fields. */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record JointProgrammeSnapshot(
        Text name,
        Text chinesePartner,
        String chinesePartnerUnit,
        UUID foreignPartnerId,
        String certificateNumber,
        String issuingAuthority,
        LocalDate approvedFrom,
        LocalDate approvedTo,
        List<Major> majors,
        JointProgrammeLevel level,
        int durationYears,
        String mode,
        int annualIntake,
        CredentialsAwarded credentialsAwarded,
        BigDecimal importedCoreShare,
        List<CreditRecognition> creditRecognition,
        JointProgrammeStatus status) {

    public static JointProgrammeSnapshot of(JointProgramme programme) {
        return new JointProgrammeSnapshot(new Text(programme.nameZh, programme.nameEn),
                new Text(programme.chinesePartnerZh, programme.chinesePartnerEn), programme.chinesePartnerUnit,
                programme.foreignPartnerId, programme.certificateNumber, programme.issuingAuthority,
                programme.approvedFrom, programme.approvedTo, List.copyOf(programme.majors), programme.level,
                programme.durationYears, programme.mode, programme.annualIntake, programme.credentialsAwarded,
                programme.importedCoreShare, List.copyOf(programme.creditRecognition), programme.status);
    }
}
