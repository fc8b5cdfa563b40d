package edu.meridian.partners.jointprogramme;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

/** What a person writes into a joint programme; texts are stripped and blank ones null. Status changes go through transitions. */
public record JointProgrammeContent(
        String nameZh,
        String nameEn,
        String chinesePartnerZh,
        String chinesePartnerEn,
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
        List<CreditRecognition> creditRecognition) {

    public JointProgrammeContent {
        majors = List.copyOf(majors);
        creditRecognition = creditRecognition == null ? List.of() : List.copyOf(creditRecognition);
    }
}
